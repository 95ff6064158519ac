using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Streaming.Serialization;
using FinanceStreams.Topologies.Dataflow;
using Streamiz.Kafka.Net.Processors.Public;
using Streamiz.Kafka.Net.Stream;

namespace FinanceStreams.Topologies.Outputs;

/// <summary>Writes what a pure function derives from a stream to an output topic of the catalog (see <see cref="EmitStep{TIn, TKey, TValue}"/>).</summary>
public static class OutputSinks
{
    /// <summary>Adds the emit step <paramref name="name"/> and its sink <c>&lt;name&gt;-sink</c>; <paramref name="observe"/> sees every value emitted.</summary>
    public static void Emit<TIn, TKey, TValue>(
        this IKStream<string, TIn> stream,
        Topic<TKey, TValue> topic,
        Func<string, TIn, long, IEnumerable<Emission<TKey, TValue>>> derive,
        ContractSerdes serdes,
        OutputOptions options,
        string name,
        Action<TValue?> observe)
        where TValue : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(topic);
        stream
            .Transform(TransformerBuilder.New<string, TIn, TKey, TValue>().Transformer<EmitStep<TIn, TKey, TValue>>(derive, topic.Name, options, observe).Build(), name)
            .ToOutput(topic.Name, new ContractSerDes<TKey>(topic.KeySerde(serdes)), new ContractSerDes<TValue>(topic.ValueSerde(serdes)), $"{name}-sink");
    }
}
