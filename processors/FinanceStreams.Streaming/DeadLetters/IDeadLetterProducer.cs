using Confluent.Kafka;

namespace FinanceStreams.Streaming.DeadLetters;

/// <summary>Sends one dead letter and returns once the broker has it.</summary>
public interface IDeadLetterProducer : IDisposable
{
    /// <summary>Sends <paramref name="message"/> to <paramref name="topic"/>, waiting for the acknowledgement; throws when it is not delivered.</summary>
    void Send(string topic, Message<byte[]?, byte[]?> message);

    /// <summary>Waits up to <paramref name="timeout"/> for anything still in flight.</summary>
    void Flush(TimeSpan timeout);
}
