using FinanceStreams.Streaming.Serialization;
using Streamiz.Kafka.Net.Processors.Public;
using Streamiz.Kafka.Net.SerDes;
using Streamiz.Kafka.Net.Stream;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>How the topologies join their stages: repartition topics of compact values, merged inputs and stage transformers.</summary>
public static class Wiring
{
    /// <summary>A repartition topic of compact values named <paramref name="name"/>; its partition count is the sources' unless set.</summary>
    public static Repartitioned<string, T> Into<T>(string name, int? partitions)
        where T : class
    {
        var repartitioned = Repartitioned<string, T>.Create<StringSerDes, CompactSerDes<T>>().WithName(name);
        return partitions is { } count ? repartitioned.WithNumberOfPartitions(count) : repartitioned;
    }

    /// <summary>The stream as input of a stage that reads several kinds of values.</summary>
    public static IKStream<string, object> AsInput<T>(this IKStream<string, T> stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return stream.MapValues<object>((v, _) => v!);
    }

    /// <summary>The values of <paramref name="stream"/> that are <typeparamref name="T"/>.</summary>
    public static IKStream<string, T> Of<T>(this IKStream<string, object> stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return stream.Filter((_, v, _) => v is T, $"{name}-filter").MapValues((v, _) => (T)v, $"{name}-cast");
    }

    /// <summary>A stage with its store (created by Streamiz once per task, with <paramref name="arguments"/> when given).</summary>
    public static TransformerSupplier<string, TIn, string, TOut> Stage<TStage, TIn, TOut>(string store, params object[] arguments)
        where TStage : Stage<TIn, TOut>, new() =>
        TransformerBuilder.New<string, TIn, string, TOut>().Transformer<TStage>(arguments).StateStore(StageStore.Builder(store)).Build();
}
