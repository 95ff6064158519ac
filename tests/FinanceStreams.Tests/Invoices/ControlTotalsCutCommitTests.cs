using FinanceStreams.Tests.Infrastructure;
using FinanceStreams.Topologies.Invoices.Posting;
using FinanceStreams.Topologies.Invoices.Reconciliation;
using static FinanceStreams.Tests.Infrastructure.InvoiceRows;
using static FinanceStreams.Tests.Invoices.InvoiceScenario;

namespace FinanceStreams.Tests.Invoices;

/// <summary>
/// The control totals keep their sum in the store next to each contributor's latest tally. A process killed while a
/// commit writes that store's changelog can leave the new sum logged without the new tally; the input is then read
/// again and its tally comes back. A restarted stage must count it once: it rebuilds the sum from the stored tallies.
/// </summary>
public sealed class ControlTotalsCutCommitTests
{
    private static readonly string C1 = CommandIds.Posting("I1");

    [Fact]
    public void Restart_SumLoggedWithoutItsTally_ReplayedAcknowledgementCountedOnce()
    {
        var (before, after) = Acknowledged();
        var tally = Assert.Single(after.Stores[ControlTotalsStage.StateStore], e => e.Key.StartsWith("tally", StringComparison.Ordinal) && !before.Stores[ControlTotalsStage.StateStore].Any(b => b.Key == e.Key && b.Value.SequenceEqual(e.Value)));

        using var sut = new InvoiceHarness();
        after.WithEntryOf(before, ControlTotalsStage.StateStore, tally.Key).LoadInto(sut);
        sut.Put(Ack("P1", C1));

        Assert.All(sut.Totals().Values.Select(t => t.commands_posted.count), posted => Assert.Equal(1, posted)); // the replay changes nothing: nothing new to publish

        Invoice(sut, "I2", number: "INV-2"); // a change the totals must publish (I2 over-invoices PO1: both unmatched)

        var totals = sut.Totals()["1000|2026|03|EUR"];
        Assert.Equal((2, 1, 1), (totals.received.count, totals.commands_emitted.count, totals.commands_posted.count));
        Assert.True(totals.invoices_balanced);
    }

    /// <summary>All stores before and after invoice I1's command was acknowledged as posted.</summary>
    private static (StoreImage Before, StoreImage After) Acknowledged()
    {
        using var sut = Received();
        Invoice(sut, "I1");
        var before = StoreImage.Of(sut);
        sut.Put(Ack("P1", C1));
        Assert.Equal(1, sut.Totals()["1000|2026|03|EUR"].commands_posted.count);
        return (before, StoreImage.Of(sut));
    }
}
