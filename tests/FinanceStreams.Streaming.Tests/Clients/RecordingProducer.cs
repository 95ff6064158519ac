using System.Reflection;
using Confluent.Kafka;

namespace FinanceStreams.Streaming.Tests.Clients;

/// <summary>
/// A producer stand-in that records what is produced to which partition and answers each record's delivery handler at
/// once, with <see cref="DeliveryError"/> when set; its flushes find nothing outstanding.
/// </summary>
public class RecordingProducer : DispatchProxy
{
    public List<(TopicPartition Partition, string Key, string? Value)> Produced { get; } = [];

    public List<string> Calls { get; } = [];

    public ErrorCode? DeliveryError { get; set; }

    public static (IProducer<byte[], byte[]> Producer, RecordingProducer Recorder) Create()
    {
        var producer = Create<IProducer<byte[], byte[]>, RecordingProducer>();
        return (producer, (RecordingProducer)(object)producer);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        ArgumentNullException.ThrowIfNull(args);
        Calls.Add(targetMethod.Name);
        if (targetMethod.Name == nameof(IProducer<byte[], byte[]>.Produce) && args[0] is TopicPartition partition)
        {
            var message = (Message<byte[], byte[]>)args[1]!;
            Produced.Add((partition, System.Text.Encoding.UTF8.GetString(message.Key), message.Value is null ? null : System.Text.Encoding.UTF8.GetString(message.Value)));
            var error = new Error(DeliveryError ?? ErrorCode.NoError);
            ((Action<DeliveryReport<byte[], byte[]>>?)args[2])?.Invoke(new DeliveryReport<byte[], byte[]> { TopicPartitionOffset = new TopicPartitionOffset(partition, 0), Error = error, Message = message });
            return null;
        }

        return targetMethod.ReturnType == typeof(int) ? 0 : null;
    }
}
