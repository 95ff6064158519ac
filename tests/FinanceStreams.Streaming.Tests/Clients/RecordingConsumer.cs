using System.Reflection;
using Confluent.Kafka;

namespace FinanceStreams.Streaming.Tests.Clients;

/// <summary>
/// A consumer stand-in that records the calls it gets, throws <see cref="CommitError"/> from every commit and
/// <see cref="CloseError"/> from its close, signals <see cref="CloseEntered"/> when its close is called, and closes only once
/// <see cref="CloseGate"/> is open.
/// </summary>
public class RecordingConsumer : DispatchProxy
{
    public List<string> Calls { get; } = [];

    public ErrorCode? CommitError { get; set; }

    public ErrorCode? CloseError { get; set; }

    public ManualResetEventSlim CloseGate { get; } = new(initialState: true);

    public ManualResetEventSlim CloseEntered { get; } = new(initialState: false);

    public static (IConsumer<byte[], byte[]> Consumer, RecordingConsumer Recorder) Create(ErrorCode? commitError)
    {
        var consumer = Create<IConsumer<byte[], byte[]>, RecordingConsumer>();
        var recorder = (RecordingConsumer)(object)consumer;
        recorder.CommitError = commitError;
        return (consumer, recorder);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        lock (Calls)
        {
            Calls.Add(targetMethod.Name);
        }

        if (targetMethod.Name == nameof(IConsumer<byte[], byte[]>.Close))
        {
            CloseEntered.Set();
            CloseGate.Wait();
            return CloseError is { } error ? throw new KafkaException(new Error(error)) : null;
        }

        if (targetMethod.Name == nameof(IConsumer<byte[], byte[]>.Commit) && CommitError is { } code)
        {
            throw new KafkaException(new Error(code));
        }

        return targetMethod.Name switch
        {
            "get_Name" => "consumer-1",
            "get_Assignment" => new List<TopicPartition> { new("t", 0) },
            _ => null,
        };
    }
}
