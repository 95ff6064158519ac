using Avro.Specific;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;

namespace FinanceStreams.Tests.Infrastructure;

/// <summary>Where test CDC events go: the TopologyTestDriver, or a real broker.</summary>
internal interface ICdcSink
{
    void Write<TKey, TRow>(Topic<TKey, DebeziumEnvelope<TRow>> topic, TKey key, DebeziumEnvelope<TRow>? envelope, long timestamp)
        where TRow : class, ISpecificRecord;
}
