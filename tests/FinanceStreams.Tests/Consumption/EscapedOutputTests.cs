using finance.budgeting;
using finance.erp;
using FinanceStreams.Streaming.Serialization;
using FinanceStreams.Tests.Infrastructure;
using FinanceStreams.Topologies.Consumption;
using FinanceStreams.Topologies.Consumption.Messages;
using Streamiz.Kafka.Net.SerDes;
using static FinanceStreams.Tests.Infrastructure.AvroRows;

namespace FinanceStreams.Tests.Consumption;

/// <summary>
/// A stage's outputs leave as it processes, its state only when it commits: a process killed in between leaves records
/// on the next stages' input topics that came from a state no restore brings back. The restarted process reads those
/// records, then the same source rows again, perhaps in another order (the topics are merged as records arrive). Whatever
/// the lost state sent, the restarted one must take back where it does not hold: every bucket ends as the rows say.
/// Each test runs a first incarnation on some rows, keeps what its stages sent to the next (the records that escaped),
/// and starts a second one with empty stores that reads them, then all the rows in another order.
/// </summary>
public sealed class EscapedOutputTests
{
    /// <summary>The internal topics between the document stages and the bucket stage, upstream first.</summary>
    private static readonly Channel[] Channels = [Of<InvoicedLineChange>("order-invoiced-lines"), Of<PurchaseOrderReport>("requisition-orders"), Of<ItemBatch>("bucket-documents")];

    [Fact]
    public void Restart_RequisitionSentBeforeTheKill_TakenBackWhenTheRestartReadsTheConvertingPoFirst()
    {
        var escaped = FirstIncarnation(sut => sut.Put(Requisition("R1", "CC1", 100m), lsn: 10));
        Assert.Contains(escaped, e => e.Channel.Name == "bucket-documents");

        using var sut = Restarted(escaped);
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 100m), lsn: 11);
        sut.Put(PurchaseOrder("P1", requisitionId: "R1"), lsn: 12);
        sut.Put(Requisition("R1", "CC1", 100m), lsn: 10);

        var bucket = sut.Bucket("CC1");
        Assert.Equal(0m, (decimal)bucket.pre_commitment);
        Assert.Equal(100m, (decimal)bucket.commitment);
    }

    [Fact]
    public void Restart_PoLineMovedToAnotherCostCenter_CommitmentSentFromTheOldPairingTakenBack()
    {
        var escaped = FirstIncarnation(sut =>
        {
            sut.Put(PurchaseOrderLine("P1", 1, "CC1", 100m), lsn: 10);
            sut.Put(PurchaseOrder("P1"), lsn: 11);
        });

        using var sut = Restarted(escaped);
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 100m), lsn: 10);
        sut.Put(PurchaseOrderLine("P1", 1, "CC2", 100m), lsn: 12); // never held together with the header here
        sut.Put(PurchaseOrder("P1"), lsn: 11);

        Assert.Equal(0m, (decimal)sut.Bucket("CC1").commitment);
        Assert.Equal(100m, (decimal)sut.Bucket("CC2").commitment);
    }

    [Fact]
    public void Restart_InvoiceLineCountedBeforeTheKill_TakenBackWhenTheRestartReadsTheCancellationFirst()
    {
        var escaped = FirstIncarnation(sut =>
        {
            sut.Put(PurchaseOrderLine("P1", 1, "CC1", 100m), lsn: 10);
            sut.Put(PurchaseOrder("P1"), lsn: 11);
            sut.Put(Invoice("INV1", poId: "P1"), lsn: 12);
            sut.Put(InvoiceLine("INV1", 1, "P1", 1, 40m), lsn: 13);
        });
        Assert.Contains(escaped, e => e.Channel.Name == "order-invoiced-lines");

        using var sut = Restarted(escaped);
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 100m), lsn: 10);
        sut.Put(PurchaseOrder("P1"), lsn: 11);
        sut.Put(Invoice("INV1", poId: "P1"), lsn: 12);
        sut.Put(Invoice("INV1", poId: "P1", status: SupplierInvoiceStatus.CANCELLED), lsn: 14);
        sut.Put(InvoiceLine("INV1", 1, "P1", 1, 40m), lsn: 13);

        var bucket = sut.Bucket("CC1");
        Assert.Equal(0m, (decimal)bucket.actual);
        Assert.Equal(100m, (decimal)bucket.commitment);
    }

    /// <summary>Two cost centers with a budget each, as both incarnations read them first.</summary>
    private static BudgetHarness WithBudgets()
    {
        var sut = new BudgetHarness();
        foreach (var (costCenter, lsn) in new[] { ("CC1", 1), ("CC2", 3) })
        {
            sut.Put(CostCenter(costCenter, "EUR", ControlLevel.ABSOLUTE, 90m), lsn: lsn);
            sut.Put(BudgetLine($"B-{costCenter}", costCenter, 1000m), lsn: lsn + 1);
        }

        return sut;
    }

    /// <summary>What the stages of a first incarnation sent each other while it read <paramref name="rows"/>, in the order sent per topic.</summary>
    private static List<(Channel Channel, string Key, object Value)> FirstIncarnation(Action<BudgetHarness> rows)
    {
        using var sut = WithBudgets();
        var readers = Channels.Select(c => (Channel: c, Read: c.Reader(sut))).ToList();
        foreach (var (_, read) in readers)
        {
            read(); // what the budgets sent: the second incarnation's own budgets send it again
        }

        rows(sut);
        return [.. readers.SelectMany(r => r.Read().Select(e => (r.Channel, e.Key, e.Value)))];
    }

    /// <summary>A second incarnation whose stores are empty (nothing was committed) that first reads what the first one sent.</summary>
    private static BudgetHarness Restarted(IEnumerable<(Channel Channel, string Key, object Value)> escaped)
    {
        var sut = WithBudgets();
        foreach (var channel in escaped.GroupBy(e => e.Channel))
        {
            var pipe = channel.Key.Writer(sut);
            foreach (var (_, key, value) in channel)
            {
                pipe(key, value);
                sut.SettleAll();
            }
        }

        return sut;
    }

    private static Channel Of<T>(string name)
        where T : class
    {
        var topic = $"{ConsumptionTopology.ApplicationId}-{name}-repartition";
        return new(
            name,
            sut =>
            {
                var output = sut.Driver.CreateOutputTopic(topic, TimeSpan.FromSeconds(1), new StringSerDes(), CompactSerDes<T>.Instance);
                return () => [.. output.ReadKeyValueList().Select(r => (r.Message.Key, (object)r.Message.Value))];
            },
            sut =>
            {
                var input = sut.Driver.CreateInputTopic(topic, new StringSerDes(), CompactSerDes<T>.Instance);
                return (key, value) => input.PipeInput(key, (T)value);
            });
    }

    /// <summary>An internal topic: how to read what a driver's stages sent on it, and how to write it onto another driver's.</summary>
    private sealed record Channel(string Name, Func<BudgetHarness, Func<IEnumerable<(string Key, object Value)>>> Reader, Func<BudgetHarness, Action<string, object>> Writer);
}
