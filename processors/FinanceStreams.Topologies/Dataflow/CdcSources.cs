using Avro.Specific;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Streaming.Serialization;
using FinanceStreams.Topologies.Rows;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Processors.Public;
using Streamiz.Kafka.Net.Stream;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>Reads a CDC topic of the catalog as a stream of row changes keyed by the rendered primary key.</summary>
public static class CdcSources
{
    /// <summary>
    /// The topic's changes: tombstones and truncates are counted and dropped, every other change
    /// keeps its source partition and offset for lineage and is keyed by <paramref name="routeOf"/> (default: the primary key text <paramref name="keyOf"/>).
    /// </summary>
    public static IKStream<string, RowChange<TRow>> Stream<TKey, TSource, TRow>(
        StreamBuilder builder,
        Topic<TKey, DebeziumEnvelope<TSource>> topic,
        ContractSerdes serdes,
        Func<TKey, string> keyOf,
        Func<TSource, SourceRef, TRow> map,
        Func<TKey, string>? routeOf = null)
        where TSource : class, ISpecificRecord
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(topic);
        var name = Names.Of(topic.Name);
        return builder
            .Stream(topic.Name, new ContractSerDes<TKey>(topic.KeySerde(serdes)), new CdcRowSerDes<TSource, TRow>(topic.ValueSerde(serdes), map), $"{name}-source", new EventTimeExtractor())
            .Transform(
                TransformerBuilder.New<TKey, RowChange<TRow>, string, RowChange<TRow>>().Transformer<CdcLocator<TKey, TRow>>(keyOf, routeOf ?? keyOf).Build(),
                $"{name}-read");
    }
}
