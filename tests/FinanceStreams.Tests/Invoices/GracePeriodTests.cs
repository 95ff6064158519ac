using finance.matching;
using finance.procurement;
using FinanceStreams.Tests.Infrastructure;
using static FinanceStreams.Tests.Infrastructure.InvoiceRows;
using static FinanceStreams.Tests.Invoices.InvoiceScenario;

namespace FinanceStreams.Tests.Invoices;

public sealed class GracePeriodTests
{
    private const long Hour = 3_600_000;
    private static readonly long ReceivedAt = CdcHarness.BaseTime;

    [Fact]
    public void A_partial_receipt_keeps_the_invoice_pending_and_the_rest_of_the_receipt_matches_it()
    {
        using var sut = new InvoiceHarness();
        sut.Put(Supplier());
        sut.Put(Order());
        sut.Put(OrderLine(quantity: 10m));
        sut.Put(Receipt("GR1", quantity: 4m));
        Invoice(sut, "I1", 10m);

        var pending = sut.Status("I1");
        Assert.Equal(InvoiceMatchStatus.PENDING, pending.status);
        Assert.Equal([MatchReason.NOT_RECEIVED], Reasons(pending));
        Assert.Equal(ReceivedAt + (72 * Hour), new DateTimeOffset(pending.pending_until!.Value).ToUnixTimeMilliseconds());

        sut.Put(Receipt("GR2", quantity: 6m));

        Assert.Equal(InvoiceMatchStatus.MATCHED, sut.Status("I1").status);
        Assert.Equal(["GR1", "GR2"], sut.Commands().Single().receipt_ids);
        Assert.Empty(sut.Unmatched().Select(u => u.event_type));
    }

    [Fact]
    public void A_reversed_receipt_does_not_count_as_received()
    {
        using var sut = Received();
        sut.Put(Receipt("GR1", quantity: 10m, status: GoodsReceiptStatus.REVERSED));
        Invoice(sut, "I1", 10m);

        Assert.Equal(InvoiceMatchStatus.PENDING, sut.Status("I1").status);
        Assert.Equal([MatchReason.NOT_RECEIVED], Reasons(sut.Status("I1")));
    }

    [Fact]
    public void A_receipt_reversed_after_matching_unmatches_a_posted_invoice_as_changed_after_posting()
    {
        using var sut = Received();
        Invoice(sut, "I1", 10m);
        Assert.Equal(InvoiceMatchStatus.MATCHED, sut.Status("I1").status);

        sut.Put(Receipt("GR1", quantity: 10m, status: GoodsReceiptStatus.REVERSED));

        Assert.Equal(InvoiceMatchStatus.PENDING, sut.Status("I1").status);
        Assert.Single(sut.Commands());
        var changed = Assert.Single(sut.Unmatched());
        Assert.Equal(UnmatchedEventType.CHANGED_AFTER_POSTING, changed.event_type);
        Assert.Contains(changed.findings, f => f.reason == MatchReason.CHANGED_AFTER_POSTING);
    }

    [Fact]
    public void A_receipt_inside_the_grace_period_matches_the_invoice()
    {
        using var sut = new InvoiceHarness();
        sut.Put(Supplier());
        sut.Put(Order());
        sut.Put(OrderLine());
        Invoice(sut, "I1", receivedAtMs: ReceivedAt);

        sut.At(ReceivedAt + (72 * Hour) - 1000);
        sut.Put(Receipt("GR1"));

        Assert.Equal(InvoiceMatchStatus.MATCHED, sut.Status("I1").status);
        Assert.Empty(sut.Unmatched().Select(u => u.event_type));
    }

    [Fact]
    public void Past_the_grace_period_a_waiting_invoice_becomes_unmatched_on_stream_time_and_a_late_receipt_resolves_it()
    {
        using var sut = new InvoiceHarness();
        sut.Put(Supplier());
        sut.Put(Order());
        sut.Put(OrderLine());
        Invoice(sut, "I1", receivedAtMs: ReceivedAt);
        Assert.Equal(InvoiceMatchStatus.PENDING, sut.Status("I1").status);

        sut.At(ReceivedAt + (72 * Hour));
        sut.Put(Supplier("S9")); // any event that reaches the invoice desk's task moves its stream time
        sut.Put(InvoiceRows.Invoice("CLOCK", 0m, poId: null, number: "CLOCK", supplierId: "S9"));

        var expired = sut.Status("I1");
        Assert.Equal(InvoiceMatchStatus.UNMATCHED, expired.status);
        Assert.Equal([MatchReason.NOT_RECEIVED], Reasons(expired));
        Assert.Null(expired.pending_until);
        Assert.Contains(sut.Unmatched(), u => u.invoice_id == "I1" && u.event_type == UnmatchedEventType.UNMATCHED);

        sut.Put(Receipt("GR1"));

        Assert.Equal(InvoiceMatchStatus.MATCHED, sut.Status("I1").status);
        Assert.Contains(sut.Unmatched(), u => u.invoice_id == "I1" && u.event_type == UnmatchedEventType.RESOLVED);
        Assert.Single(sut.Commands());
    }

    [Fact]
    public void A_late_PO_inside_the_grace_period_matches_and_past_it_the_invoice_was_unmatched_first()
    {
        using var sut = new InvoiceHarness(o => o with { GracePeriod = TimeSpan.FromHours(1) });
        sut.Put(Supplier());
        sut.Put(Receipt("GR1"));
        Invoice(sut, "I1", receivedAtMs: ReceivedAt);
        Assert.Equal([MatchReason.PO_LINE_NOT_FOUND], Reasons(sut.Status("I1")));
        Assert.Equal(InvoiceMatchStatus.PENDING, sut.Status("I1").status);

        sut.At(ReceivedAt + (2 * Hour));
        sut.Put(InvoiceRows.Invoice("CLOCK", 0m, poId: null, number: "CLOCK"));
        Assert.Equal(InvoiceMatchStatus.UNMATCHED, sut.Status("I1").status);

        sut.Put(Order());
        sut.Put(OrderLine());

        Assert.Equal(InvoiceMatchStatus.MATCHED, sut.Status("I1").status);
        Assert.Equal([UnmatchedEventType.UNMATCHED, UnmatchedEventType.RESOLVED], sut.Unmatched().Where(u => u.invoice_id == "I1").Select(u => u.event_type));
    }

    [Fact]
    public void An_immediate_reason_is_unmatched_at_once_without_waiting_for_the_grace_period()
    {
        using var sut = new InvoiceHarness();
        sut.Put(Supplier());
        sut.Put(Order(currency: "USD"));
        sut.Put(OrderLine());
        Invoice(sut, "I1");

        Assert.Equal(InvoiceMatchStatus.UNMATCHED, sut.Status("I1").status);
        Assert.Equal([MatchReason.CURRENCY_MISMATCH, MatchReason.NOT_RECEIVED], Reasons(sut.Status("I1")));
    }
}
