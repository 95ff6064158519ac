using StreamKit.Processing;
using StreamKit.Serialization;

namespace StreamKit.Graph;

/// <summary>Reads raw records of one or more topics and deserializes them.</summary>
internal sealed class SourceNode<TKey, TValue>(string name, IReadOnlyList<string> topics, ISerde<TKey> keySerde, ISerde<TValue> valueSerde)
    : OutputNode<TKey, TValue>(name), ISourceNode
{
    public override NodeKind Kind => NodeKind.Source;

    public IReadOnlyList<string> Topics => topics;

    private ISerde<TKey> KeySerde => keySerde;

    private ISerde<TValue> ValueSerde => valueSerde;

    public ISourceReceiver InstantiateSource(TaskRuntime task) => task.Instance(this, () =>
        new Instance(this, TypedChildren.Select(c => c.Instantiate(task)).ToList()));

    private sealed class Instance(SourceNode<TKey, TValue> node, IReadOnlyList<IRecordReceiver<TKey, TValue>> children) : ISourceReceiver
    {
        public void Process(RawRecord raw)
        {
            var key = raw.Key is null ? default! : node.Deserialize(node.KeySerde, raw.Key, SerdeContext.Key(raw.Topic));
            var value = raw.Value is null ? default! : node.Deserialize(node.ValueSerde, raw.Value, SerdeContext.Value(raw.Topic));
            var record = new Record<TKey, TValue>(key, value, raw.Timestamp, raw.Headers);
            foreach (var child in children)
            {
                child.Process(record);
            }
        }
    }

    private T Deserialize<T>(ISerde<T> serde, byte[] bytes, SerdeContext context)
    {
        try
        {
            return serde.Deserialize(bytes, context);
        }
        catch (Exception e) when (e is not DeserializationException)
        {
            throw new DeserializationException($"Source '{Name}' could not read the {(context.IsKey ? "key" : "value")} of a record on '{context.Topic}': {e.Message}", e);
        }
    }
}

/// <summary>A source node, untyped at its input (raw bytes).</summary>
internal interface ISourceNode
{
    IReadOnlyList<string> Topics { get; }

    string Name { get; }

    ISourceReceiver InstantiateSource(TaskRuntime task);
}

/// <summary>A source node instance inside a task.</summary>
internal interface ISourceReceiver
{
    void Process(RawRecord raw);
}
