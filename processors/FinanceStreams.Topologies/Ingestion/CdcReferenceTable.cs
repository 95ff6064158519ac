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
/// Reads a CDC topic into a global store of current rows (last-writer-wins by lsn, like
/// <see cref="CdcIngestion"/>), replicated to every instance. For reference data that only enriches
/// outputs (names, currencies, rates): a change of it re-evaluates nothing.
/// </summary>
public static class CdcReferenceTable
{
    /// <summary>Adds the global store; returns its name (values are <see cref="CdcRowState{TRow}"/>).</summary>
    public static string Add<TKey, TSource, TRow>(
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
        var name = CdcIngestion.NodeName(topic.Name);
        var store = $"{name}-reference";
        var storeBuilder = Stores.TimestampedKeyValueStoreBuilder(Stores.InMemoryKeyValueStore(store), Serdes.String, TopologyJson.Serde<CdcRowState<TRow>>()).WithLoggingDisabled();
        builder.AddGlobalStore(
            StoreBuilders.From(storeBuilder),
            topic.Name,
            Consumed<TKey, DebeziumEnvelope<TSource>>.With(topic.KeySerde(serdes), topic.ValueSerde(serdes)).WithName($"{name}-reference-source"),
            () => new CdcLastWriterWins<TKey, TSource, TRow>(store, keyOf, map));
        return store;
    }
}
