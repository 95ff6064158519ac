using StreamKit.Processing;
using StreamKit.Serialization;

namespace StreamKit.Graph;

/// <summary>Serializes records and hands them to the task's record collector for one topic.</summary>
internal sealed class SinkNode<TKey, TValue>(string name, string topic, ISerde<TKey> keySerde, ISerde<TValue> valueSerde)
    : NodeDefinition(name), IInputNode<TKey, TValue>, ISinkNode
{
    public override NodeKind Kind => NodeKind.Sink;

    public string Topic => topic;

    private ISerde<TKey> KeySerde => keySerde;

    private ISerde<TValue> ValueSerde => valueSerde;

    public IRecordReceiver<TKey, TValue> Instantiate(TaskRuntime task) => task.Instance(this, () => new Instance(this, task));

    private sealed class Instance(SinkNode<TKey, TValue> node, TaskRuntime task) : IRecordReceiver<TKey, TValue>
    {
        public string Name => node.Name;

        public void Process(Record<TKey, TValue> record)
        {
            var key = record.Key is null ? null : node.KeySerde.Serialize(record.Key, SerdeContext.Key(node.Topic));
            var value = record.Value is null ? null : node.ValueSerde.Serialize(record.Value, SerdeContext.Value(node.Topic));
            task.Collector.Send(new OutgoingRecord(node.Topic, key, value, record.Timestamp, Telemetry.StreamsTracing.Inject(record.Headers)));
        }
    }
}

/// <summary>A sink node, whatever its types.</summary>
internal interface ISinkNode
{
    string Topic { get; }
}
