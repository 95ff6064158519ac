using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using StreamKit.Dsl;

namespace FinanceStreams.Topologies.Outputs;

/// <summary>Writes what a pure function derives from a stream to an output topic of the catalog, with lineage and rule version headers.</summary>
public static class OutputTopics
{
    /// <summary>Adds the emit processor <paramref name="name"/> and its sink; <paramref name="observe"/> sees every value emitted (metrics).</summary>
    public static void Emit<TIn, TKey, TValue>(
        IKStream<string, TIn> stream,
        Topic<TKey, TValue> topic,
        Func<string, TIn, long, IEnumerable<Emission<TKey, TValue>>> derive,
        ContractSerdes serdes,
        int maxLineageEntries,
        string ruleVersion,
        string name,
        Action<TValue?>? observe = null)
        where TValue : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(topic);
        var keys = topic.KeySerde(serdes);
        var values = topic.ValueSerde(serdes);
        stream
            .Process(() => new EmitProcessor<string, TIn, TKey, TValue>(derive, maxLineageEntries, ruleVersion, observe), keys, values, name)
            .To(topic.Name, Produced<TKey, TValue>.With(keys, values).WithName($"{name}-sink"));
    }
}
