using finance.erp;
using finance.matching;
using finance.posting;
using finance.reconciliation;
using FinanceStreams.Tests.Infrastructure;
using FinanceStreams.Topologies.Invoices.Posting;
using static FinanceStreams.Tests.Infrastructure.InvoiceRows;
using static FinanceStreams.Tests.Invoices.InvoiceScenario;

namespace FinanceStreams.Tests.Invoices;

public sealed class CompletionAndReconciliationTests
{
    private const long Hour = 3_600_000;
    private static readonly string C1 = CommandIds.Posting("I1");

    [Fact]
    public void An_acknowledged_command_is_posted_with_the_ERP_document_number()
    {
        using var sut = Received();
        Invoice(sut, "I1");
        Assert.Equal(PostingState.AWAITING_ACKNOWLEDGEMENT, sut.PostingStatuses()[C1].state);

        sut.Put(Ack("P1", C1));

        var status = sut.PostingStatuses()[C1];
        Assert.Equal((PostingState.POSTED, "51000P1", "P1"), (status.state, status.erp_document_number, status.posting_id));
        Assert.Equal(1, Totals(sut).commands_posted.count);
    }

    [Fact]
    public void A_rejected_command_carries_the_ERP_error_and_a_later_posting_completes_it()
    {
        using var sut = Received();
        Invoice(sut, "I1");
        sut.Put(Ack("P1", C1, GlPostingStatus.REJECTED, "period closed"));

        Assert.Equal((PostingState.REJECTED, "period closed"), (sut.PostingStatuses()[C1].state, sut.PostingStatuses()[C1].error_text));
        Assert.Equal(1, Totals(sut).commands_rejected.count);

        sut.Put(Ack("P2", C1));

        Assert.Equal(PostingState.POSTED, sut.PostingStatuses()[C1].state);
        Assert.Equal((0, 1), (Totals(sut).commands_rejected.count, Totals(sut).commands_posted.count));
    }

    [Fact]
    public void A_command_without_acknowledgement_for_24_hours_of_event_time_is_unacknowledged()
    {
        using var sut = Received();
        Invoice(sut, "I1");
        var issuedAt = new DateTimeOffset(sut.PostingStatuses()[C1].event_time).ToUnixTimeMilliseconds();

        sut.At(issuedAt + (24 * Hour) - 1000);
        sut.Put(Ack("X1", "another-command"));
        Assert.Equal(PostingState.AWAITING_ACKNOWLEDGEMENT, sut.PostingStatuses()[C1].state);

        sut.At(issuedAt + (24 * Hour));
        sut.Put(Ack("X2", "another-command"));

        Assert.Equal(PostingState.UNACKNOWLEDGED, sut.PostingStatuses()[C1].state);
        Assert.Equal(1, Totals(sut).commands_unacknowledged.count);

        sut.Put(Ack("P1", C1));
        Assert.Equal(PostingState.POSTED, sut.PostingStatuses()[C1].state);
        Assert.Equal(0, Totals(sut).commands_unacknowledged.count);
    }

    [Fact]
    public void An_acknowledgement_processed_before_its_command_completes_it_when_the_command_comes()
    {
        using var sut = Received();
        sut.Put(Ack("P1", C1));
        Assert.Empty(sut.PostingStatuses());

        Invoice(sut, "I1");

        Assert.Equal(PostingState.POSTED, sut.PostingStatuses()[C1].state);
    }

    [Fact]
    public void Received_equals_matched_pending_unmatched_and_duplicate_and_cancelled_invoices_are_not_received()
    {
        using var sut = Received();
        sut.Put(OrderLine(lineNo: 2, quantity: 10m));
        Invoice(sut, "M1", 4m, number: "M-1");
        sut.Put(Line("P1", 1, 4m, 100m, poLineNo: 3));
        sut.Put(InvoiceRows.Invoice("P1", 400m, number: "P-1"));
        sut.Put(InvoiceRows.Invoice("U1", 250m, poId: null, number: "U-1"));
        Invoice(sut, "D1", 4m, number: "m 1", receivedAtMs: CdcHarness.BaseTime + 1);
        sut.Put(InvoiceRows.Invoice("C1", 999m, poId: null, number: "C-1", status: SupplierInvoiceStatus.CANCELLED));

        var totals = Totals(sut);
        Assert.Equal((4L, 476m + 400m + 250m + 476m), (totals.received.count, (decimal)totals.received.gross_amount));
        Assert.Equal([(1L, 476m), (1L, 400m), (1L, 250m), (1L, 476m)],
            new[] { totals.matched, totals.pending, totals.unmatched, totals.duplicate }.Select(t => (t.count, (decimal)t.gross_amount)));
        Assert.True(totals.invoices_balanced);
        Assert.Equal((1L, 476m), (totals.commands_emitted.count, (decimal)totals.commands_emitted.gross_amount));
        Assert.True(totals.commands_balanced);
    }

    [Fact]
    public void Reversals_are_counted_apart_so_a_reversed_duplicate_keeps_the_commands_balanced()
    {
        using var sut = Received();
        Invoice(sut, "I2", number: "A-1", receivedAtMs: CdcHarness.BaseTime + 1000);
        Invoice(sut, "I1", number: "A-1", receivedAtMs: CdcHarness.BaseTime);

        var totals = Totals(sut);
        Assert.Equal((2L, 1L, 1L), (totals.commands_emitted.count, totals.reversals_emitted.count, totals.matched.count));
        Assert.True(totals.commands_balanced);
        Assert.True(totals.invoices_balanced);
    }

    [Fact]
    public void A_posted_invoice_that_becomes_unmatched_breaks_the_commands_invariant()
    {
        using var sut = Received();
        Invoice(sut, "I1");
        Assert.True(Totals(sut).commands_balanced);

        sut.Put(Supplier(status: finance.procurement.SupplierStatus.BLOCKED));

        Assert.Equal(InvoiceMatchStatus.UNMATCHED, sut.Status("I1").status);
        Assert.False(Totals(sut).commands_balanced);
        Assert.True(Totals(sut).invoices_balanced);
    }

    private static ReconciliationTotals Totals(InvoiceHarness sut) => sut.Totals()["1000|2026|03|EUR"];
}
