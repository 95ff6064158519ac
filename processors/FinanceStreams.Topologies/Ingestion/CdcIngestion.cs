using Avro.Specific;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Rows;
using StreamKit.Dsl;
using StreamKit.Graph;
using StreamKit.Serialization;
using StreamKit.State;

namespace FinanceStreams.Topologies.Ingestion;

/// <summary>
/// Reads a CDC topic of the catalog as a table of current rows: Debezium c/u/r/d applied
/// last-writer-wins per key by lsn, tombstones and truncates counted and ignored.
/// Shared by every topology that reads source tables.
/// </summary>
public static class CdcIngestion
{
    /// <summary>Adds the source, the last-writer-wins store and processor; returns the row changes.</summary>
    /// <param name="builder">The topology builder.</param>
    /// <param name="topic">A CDC topic of <see cref="Topics"/>.</param>
    /// <param name="serdes">Serdes of the contracts.</param>
    /// <param name="keyOf">Renders the primary key as text (the key of everything downstream).</param>
    /// <param name="map">Maps a generated row and its lineage to the row type.</param>
    public static CdcTable<TRow> Table<TKey, TSource, TRow>(
        StreamsBuilder builder,
        Topic<TKey, DebeziumEnvelope<TSource>> topic,
        ContractSerdes serdes,
        Func<TKey, string> keyOf,
        Func<TSource, SourceRef, TRow> map)
        where TSource : class, ISpecificRecord
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(topic);
        var name = NodeName(topic.Name);
        var store = $"{name}-rows";
        builder.AddStateStore(StoreBuilders.From(Stores.TimestampedKeyValueStoreBuilder(
            Stores.InMemoryKeyValueStore(store), Serdes.String, TopologyJson.Serde<CdcRowState<TRow>>())));
        var changes = builder
            .Stream(topic.Name, Consumed<TKey, DebeziumEnvelope<TSource>>.With(topic.KeySerde(serdes), topic.ValueSerde(serdes)).WithName($"{name}-source"))
            .Process(() => new CdcLastWriterWins<TKey, TSource, TRow>(store, keyOf, map), Serdes.String, new ChangeJsonSerde<TRow>(), $"{name}-lww", store);
        return new CdcTable<TRow>(changes, store);
    }

    /// <summary>The node-name stem of a CDC topic: <c>erp.public.supplier_invoices</c> → <c>erp-supplier-invoices</c>.</summary>
    public static string NodeName(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return topic.Replace("public.", string.Empty, StringComparison.Ordinal).Replace('.', '-').Replace('_', '-');
    }
}
