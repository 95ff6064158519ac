using FinanceStreams.Tests.Infrastructure;
using FinanceStreams.Topologies.Consumption.Bucketing;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;
using static FinanceStreams.Tests.Infrastructure.AvroRows;

namespace FinanceStreams.Tests.Consumption;

/// <summary>
/// What a restarted bucket stage finds in its store (restored from the changelog): every held input, and every applied
/// one that a commit had logged, for <see cref="SettleOptions.RetainMs"/> (applied again on a restart: its outputs may not
/// have left the crashed process). One applied before any commit logged it is gone: its source record is read again.
/// A buffer opened over the running stage's store sees what a restarted stage would.
/// </summary>
public sealed class SettleBufferTests
{
    private static readonly SettleOptions Options = new();

    private static IReadOnlyList<BucketInput> OnRestart(BudgetHarness sut)
    {
        var store = PartStore.ReadOnly(sut.Driver.GetKeyValueStore<string, byte[]>(BucketStage.StateStore));
        var restarted = new SettleBuffer<BucketInput>(store, Options, long.MaxValue / 2);
        return restarted.TakeNext(long.MaxValue) ?? [];
    }

    [Fact]
    public void Restart_InputHeld_FoundAgain()
    {
        using var sut = new BudgetHarness { Settling = false };

        sut.Put(BudgetLine("B1", "CC1", 1000m));

        var found = Assert.Single(OnRestart(sut));
        Assert.Equal("CC1", found.Key);
        Assert.Equal(1000m, found.Batch!.Changes.Single().Contribution!.Amount);
    }

    [Fact]
    public void Restart_InputAppliedBeforeAnyCommitLoggedIt_Gone()
    {
        using var sut = new BudgetHarness();

        sut.Put(BudgetLine("B1", "CC1", 1000m));

        Assert.Empty(OnRestart(sut));
    }

    [Fact]
    public void Restart_InputLoggedByACommitThenApplied_FoundAgainWithinRetention()
    {
        using var sut = new BudgetHarness { Settling = false };
        sut.Put(BudgetLine("B1", "CC1", 1000m));
        sut.Driver.Commit();

        sut.SettleAll();

        Assert.Single(OnRestart(sut));
    }

    [Fact]
    public void Restart_InputLoggedByACommitAppliedLongerAgoThanRetention_Gone()
    {
        using var sut = new BudgetHarness { Settling = false };
        sut.Put(BudgetLine("B1", "CC1", 1000m));
        sut.Driver.Commit();
        sut.SettleAll();

        sut.Driver.AdvanceWallClockTime(TimeSpan.FromMilliseconds(Options.RetainMs));

        Assert.Empty(OnRestart(sut));
    }
}
