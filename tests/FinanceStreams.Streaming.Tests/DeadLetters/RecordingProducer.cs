using Confluent.Kafka;
using FinanceStreams.Streaming.DeadLetters;

namespace FinanceStreams.Streaming.Tests.DeadLetters;

/// <summary>An in-memory <see cref="IDeadLetterProducer"/> that keeps what it was sent, or fails on demand.</summary>
internal sealed class RecordingProducer : IDeadLetterProducer
{
    public List<(string Topic, Message<byte[]?, byte[]?> Message)> Sent { get; } = [];

    public List<string> Calls { get; } = [];

    public Exception? FailWith { get; set; }

    public void Send(string topic, Message<byte[]?, byte[]?> message)
    {
        Calls.Add("send");
        if (FailWith is not null)
        {
            throw FailWith;
        }

        Sent.Add((topic, message));
    }

    public void Flush(TimeSpan timeout) => Calls.Add("flush");

    public void Dispose() => Calls.Add("dispose");
}
