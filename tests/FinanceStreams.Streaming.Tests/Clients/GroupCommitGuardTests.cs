using Confluent.Kafka;
using FinanceStreams.Streaming.Clients;
using Microsoft.Extensions.Logging.Abstractions;

namespace FinanceStreams.Streaming.Tests.Clients;

public sealed class GroupCommitGuardTests
{
    private static readonly TopicPartitionOffset[] Offsets = [new("t", 0, 42)];

    private static (IConsumer<byte[], byte[]> Guarded, RecordingConsumer Inner) CreateSut(ErrorCode? commitError = null, TimeSpan? closeTimeout = null)
    {
        var (consumer, recorder) = RecordingConsumer.Create(commitError);
        return (new GroupCommitGuard(consumer, NullLogger.Instance, closeTimeout), recorder);
    }

    [Fact]
    public void Close_Finishes_ThenDisposeDisposesTheConsumer()
    {
        var (guarded, inner) = CreateSut();

        guarded.Close();
        guarded.Dispose();

        Assert.Equal(["Close", "Dispose"], inner.Calls);
    }

    [Fact]
    public void Close_HangsPastItsTimeout_ReturnsAndTheConsumerIsNotDisposed()
    {
        var (guarded, inner) = CreateSut(closeTimeout: TimeSpan.FromMilliseconds(200));
        inner.CloseGate.Reset();

        guarded.Close();
        guarded.Dispose();

        Assert.True(inner.CloseEntered.Wait(TimeSpan.FromSeconds(10)), "the consumer's close was never called");
        Assert.DoesNotContain("Dispose", inner.Calls);
        inner.CloseGate.Set();
    }

    [Fact]
    public void Close_Fails_ItsErrorIsThrown()
    {
        var (guarded, inner) = CreateSut();
        inner.CloseError = ErrorCode.Local_Transport;

        var error = Assert.Throws<KafkaException>(guarded.Close);

        Assert.Equal(ErrorCode.Local_Transport, error.Error.Code);
    }

    [Theory]
    [InlineData(ErrorCode.RebalanceInProgress)]
    [InlineData(ErrorCode.IllegalGeneration)]
    [InlineData(ErrorCode.UnknownMemberId)]
    public void Commit_RefusedBecauseTheGroupChanges_IsSkippedAndCounted(ErrorCode code)
    {
        var (guarded, inner) = CreateSut(code);

        guarded.Commit(Offsets);

        Assert.Single(inner.Calls, c => c == "Commit");
        Assert.Equal(1, ((GroupCommitGuard)guarded).SkippedCommits);
    }

    [Theory]
    [InlineData(ErrorCode.Local_Transport)]
    [InlineData(ErrorCode.OffsetOutOfRange)]
    [InlineData(ErrorCode.GroupAuthorizationFailed)]
    public void Commit_RefusedForAnotherReason_Throws(ErrorCode code)
    {
        var (guarded, _) = CreateSut(code);

        var error = Assert.Throws<KafkaException>(() => guarded.Commit(Offsets));

        Assert.Equal(code, error.Error.Code);
    }

    [Fact]
    public void OtherCalls_PassThroughWithTheirResults()
    {
        var (guarded, inner) = CreateSut();

        guarded.Pause([new TopicPartition("t", 0)]);
        var assignment = guarded.Assignment;
        guarded.Commit(Offsets);

        Assert.Equal(["Pause", "get_Assignment", "Commit"], inner.Calls);
        Assert.Equal(new TopicPartition("t", 0), Assert.Single(assignment));
    }
}
