using Confluent.Kafka;
using FinanceStreams.Streaming.Clients;

namespace FinanceStreams.Streaming.Tests.Clients;

public sealed class StreamThreadProducerTests
{
    private static readonly TopicPartition Changelog = new("app-store-changelog", 2);

    [Fact]
    public void Produce_OnAThread_MakesItThatThreadsCurrentProducerUntilDisposed()
    {
        var (inner, _) = RecordingProducer.Create();
        var producer = new StreamThreadProducer(inner);
        StreamThreadProducer? elsewhere = null;

        producer.Produce("t", new Message<byte[], byte[]> { Key = [1], Value = [2] });
        var thread = new Thread(() => elsewhere = StreamThreadProducer.Current);
        thread.Start();
        thread.Join();

        Assert.Same(producer, StreamThreadProducer.Current);
        Assert.Null(elsewhere);
        producer.Dispose();
        Assert.Null(StreamThreadProducer.Current);
    }

    [Fact]
    public void Write_GoesToThePartitionWithItsKeyAndValue()
    {
        var (inner, recorder) = RecordingProducer.Create();
        using var producer = new StreamThreadProducer(inner);

        producer.Write(Changelog, "k"u8.ToArray(), "v"u8.ToArray());
        producer.Write(Changelog, "gone"u8.ToArray(), null);
        producer.FlushWrites();

        Assert.Equal([(Changelog, "k", "v"), (Changelog, "gone", (string?)null)], recorder.Produced);
        Assert.Contains(nameof(IProducer<byte[], byte[]>.Flush), recorder.Calls);
    }

    [Fact]
    public void FlushWrites_AWriteWasRefused_ThrowsItsError()
    {
        var (inner, recorder) = RecordingProducer.Create();
        using var producer = new StreamThreadProducer(inner);
        recorder.DeliveryError = ErrorCode.TopicAuthorizationFailed;

        producer.Write(Changelog, "k"u8.ToArray(), "v"u8.ToArray());

        var error = Assert.Throws<KafkaException>(producer.FlushWrites);
        Assert.Equal(ErrorCode.TopicAuthorizationFailed, error.Error.Code);
    }
}
