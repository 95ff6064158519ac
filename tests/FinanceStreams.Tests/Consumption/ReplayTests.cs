using finance.budgeting;
using FinanceStreams.Tests.Infrastructure;
using FinanceStreams.Topologies.Consumption.Messages;
using Streamiz.Kafka.Net.Mock;
using static FinanceStreams.Tests.Infrastructure.AvroRows;
using static FinanceStreams.Tests.Infrastructure.BucketBatches;

namespace FinanceStreams.Tests.Consumption;

/// <summary>
/// At-least-once delivers a batch again after a crash, and a reordered or stale copy may arrive
/// late: the bucket stage keeps every contribution with its version, so neither changes a total.
/// The batches are written straight onto the bucket stage's input topic, as an upstream task would.
/// </summary>
public sealed class ReplayTests
{
    private static (BudgetHarness Sut, TestInputTopic<string, ItemBatch> Batches) CreateSut()
    {
        var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1", "EUR", ControlLevel.ABSOLUTE, 90m));
        sut.Put(BudgetLine("B1", "CC1", 1000m));
        return (sut, Input(sut));
    }

    private static void Pipe(BudgetHarness sut, TestInputTopic<string, ItemBatch> batches, ItemBatch batch)
    {
        batches.PipeInput("CC1", batch);
        sut.SettleAll();
    }

    [Fact]
    public void Batch_DeliveredTwice_CountsOnce()
    {
        var (sut, batches) = CreateSut();
        using var _ = sut;
        Pipe(sut, batches, Commitment(1, 100m));
        Pipe(sut, batches, Commitment(1, 100m));
        Assert.Equal(100m, (decimal)sut.Bucket("CC1").commitment);
        Assert.Equal(2, sut.Bucket("CC1").document_count); // the budget line and the PO
    }

    [Fact]
    public void Batch_OlderVersionAfterNewer_ChangesNothing()
    {
        var (sut, batches) = CreateSut();
        using var _ = sut;
        Pipe(sut, batches, Commitment(2, 200m));
        Pipe(sut, batches, Commitment(1, 100m));
        Assert.Equal(200m, (decimal)sut.Bucket("CC1").commitment);
    }

    [Fact]
    public void Batch_Replayed_RepublishesCurrentState()
    {
        var (sut, batches) = CreateSut();
        using var _ = sut;
        Pipe(sut, batches, Commitment(2, 200m));
        sut.ConsumptionRecords();
        Pipe(sut, batches, Commitment(1, 100m));
        var again = sut.ConsumptionRecords();
        Assert.Equal([200m], again.Select(c => (decimal)c.commitment));
    }
}
