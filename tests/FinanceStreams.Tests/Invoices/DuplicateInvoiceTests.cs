using finance.erp;
using finance.matching;
using finance.posting;
using FinanceStreams.Tests.Infrastructure;
using FinanceStreams.Topologies.Invoices.Posting;
using static FinanceStreams.Tests.Infrastructure.InvoiceRows;
using static FinanceStreams.Tests.Invoices.InvoiceScenario;

namespace FinanceStreams.Tests.Invoices;

public sealed class DuplicateInvoiceTests
{
    private static readonly long T0 = CdcHarness.BaseTime;

    [Fact]
    public void Numbers_equal_after_normalization_are_exact_duplicates_of_the_earliest_received()
    {
        using var sut = Received();
        Invoice(sut, "I1", 5m, number: "inv-0042", receivedAtMs: T0);
        Invoice(sut, "I3", 5m, number: "Inv.42", receivedAtMs: T0 + 2000);
        Invoice(sut, "I2", 5m, number: "INV 42", receivedAtMs: T0 + 1000);

        Assert.Equal(InvoiceMatchStatus.MATCHED, sut.Status("I1").status);
        Assert.Equal(InvoiceMatchStatus.DUPLICATE, sut.Status("I2").status);
        Assert.Equal(InvoiceMatchStatus.DUPLICATE, sut.Status("I3").status);
        Assert.Equal("I1", sut.Status("I3").original_invoice_id);
        var exact = sut.Duplicates().Where(d => d.kind == DuplicateKind.EXACT && !d.withdrawn).ToList();
        Assert.Equal(["I2", "I3"], exact.Select(d => d.invoice_id).Order());
        Assert.All(exact, d => Assert.Equal("INV42", d.normalized_number));
        Assert.All(sut.Commands(), c => Assert.Equal("I1", c.invoice_id));
    }

    [Fact]
    public void An_original_that_arrives_after_its_unposted_duplicate_takes_over_without_a_reversal()
    {
        using var sut = new InvoiceHarness();
        sut.Put(Supplier());
        sut.Put(Order());
        sut.Put(OrderLine());
        Invoice(sut, "I2", number: "A-1", receivedAtMs: T0 + 1000);
        Assert.Equal(InvoiceMatchStatus.PENDING, sut.Status("I2").status);

        Invoice(sut, "I1", number: "A-1", receivedAtMs: T0);

        Assert.Equal(InvoiceMatchStatus.DUPLICATE, sut.Status("I2").status);
        var report = Assert.Single(sut.Duplicates());
        Assert.Equal((DuplicateKind.EXACT, "I1", (string?)null), (report.kind, report.original_invoice_id, report.reversal_command_id));
        Assert.Empty(sut.Commands());
    }

    [Fact]
    public void An_original_that_arrives_after_its_duplicate_was_posted_reverses_the_duplicate_once()
    {
        using var sut = Received();
        Invoice(sut, "I2", number: "A-1", receivedAtMs: T0 + 1000);
        var posted = Assert.Single(sut.Commands());

        Invoice(sut, "I1", number: "a 01", receivedAtMs: T0);
        sut.Put(InvoiceRows.Invoice("I2", 1000m, 190m, number: "A-1", receivedAtMs: T0 + 1000, date: new DateOnly(2026, 3, 21)));

        Assert.Equal(InvoiceMatchStatus.DUPLICATE, sut.Status("I2").status);
        var report = Assert.Single(sut.Duplicates());
        Assert.Equal(DuplicateKind.EXACT_AFTER_POSTING, report.kind);
        Assert.Equal(CommandIds.Reversal("I2"), report.reversal_command_id);
        var reversals = sut.Commands().Where(c => c.document_type == PostingDocumentType.KA).ToList();
        var reversal = Assert.Single(reversals);
        Assert.Equal(CommandIds.Reversal("I2"), reversal.command_id);
        Assert.Equal(posted.command_id, reversal.reversed_command_id);
        Assert.Equal(posted.lines.Select(l => (l.gl_account, (decimal)l.amount, l.side == PostingSide.DEBIT ? PostingSide.CREDIT : PostingSide.DEBIT)),
            reversal.lines.Select(l => (l.gl_account, (decimal)l.amount, l.side)));
        Assert.Equal(["I1", "I2", "I2"], sut.Commands().Select(c => c.invoice_id).Order());
        Assert.Equal(InvoiceMatchStatus.MATCHED, sut.Status("I1").status);
    }

    [Fact]
    public void A_duplicate_whose_original_is_cancelled_is_withdrawn_and_matched()
    {
        using var sut = Received();
        Invoice(sut, "I1", 5m, number: "A-1", receivedAtMs: T0);
        Invoice(sut, "I2", 5m, number: "A-1", receivedAtMs: T0 + 1000);
        Assert.Equal(InvoiceMatchStatus.DUPLICATE, sut.Status("I2").status);

        sut.Put(InvoiceRows.Invoice("I1", 500m, 95m, number: "A-1", receivedAtMs: T0, status: SupplierInvoiceStatus.CANCELLED));

        Assert.Equal(InvoiceMatchStatus.CANCELLED, sut.Status("I1").status);
        Assert.Equal(InvoiceMatchStatus.MATCHED, sut.Status("I2").status);
        Assert.Equal([(DuplicateKind.EXACT, false), (DuplicateKind.EXACT, true)], sut.Duplicates().Select(d => (d.kind, d.withdrawn)));
    }

    [Theory]
    [InlineData(990.00, 7, true)] // 10.00 apart = 1% of 1000.00; 7 days apart
    [InlineData(989.99, 7, false)] // 10.01 apart > 1%
    [InlineData(1010.10, 0, true)] // 10.10 = 1% of the larger 1010.10
    [InlineData(990.00, 8, false)] // 8 days apart
    public void Suspected_duplicates_are_within_one_percent_and_seven_days(double otherGross, int daysApart, bool suspected)
    {
        using var sut = new InvoiceHarness();
        sut.Put(InvoiceRows.Invoice("I1", 1000m, poId: null, number: "X-1", date: new DateOnly(2026, 3, 2)));
        sut.Put(InvoiceRows.Invoice("I2", (decimal)otherGross, poId: null, number: "Y-2", date: new DateOnly(2026, 3, 2).AddDays(daysApart)));

        var reports = sut.Duplicates().Where(d => d.kind == DuplicateKind.SUSPECTED).ToList();
        Assert.Equal(suspected ? 1 : 0, reports.Count);
        if (suspected)
        {
            Assert.Equal(("I2", "I1", false), (reports[0].invoice_id, reports[0].original_invoice_id, reports[0].withdrawn));
        }
    }

    [Fact]
    public void A_suspected_pair_needs_the_same_currency_and_different_numbers_and_is_withdrawn_when_one_is_cancelled()
    {
        using var sut = new InvoiceHarness();
        sut.Put(InvoiceRows.Invoice("I1", 1000m, poId: null, number: "X-1"));
        sut.Put(InvoiceRows.Invoice("I2", 1000m, poId: null, number: "Y-2", currency: "USD"));
        sut.Put(InvoiceRows.Invoice("I3", 1000m, poId: null, number: "Z-3"));
        Assert.Equal([("I3", "I1")], sut.Duplicates().Where(d => d.kind == DuplicateKind.SUSPECTED).Select(d => (d.invoice_id, d.original_invoice_id)));

        sut.Put(InvoiceRows.Invoice("I3", 1000m, poId: null, number: "Z-3", status: SupplierInvoiceStatus.CANCELLED));

        var last = sut.Duplicates()[^1];
        Assert.Equal((DuplicateKind.SUSPECTED, "I3", true), (last.kind, last.invoice_id, last.withdrawn));
    }

    [Fact]
    public void A_deleted_invoice_is_no_longer_suspected_with_invoices_that_arrive_later()
    {
        using var sut = new InvoiceHarness();
        var first = InvoiceRows.Invoice("I1", 1000m, poId: null, number: "X-1");
        sut.Put(first);
        sut.Put(InvoiceRows.Invoice("I2", 1000m, poId: null, number: "Y-2"));
        Assert.Equal([("I2", "I1", false)], sut.Duplicates().Where(d => d.kind == DuplicateKind.SUSPECTED).Select(d => (d.invoice_id, d.original_invoice_id, d.withdrawn)));

        sut.Delete(first);
        sut.Put(InvoiceRows.Invoice("I3", 1000m, poId: null, number: "Z-3"));

        var pairs = sut.Duplicates().Where(d => d.kind == DuplicateKind.SUSPECTED).Select(d => (d.invoice_id, d.original_invoice_id, d.withdrawn)).ToList();
        Assert.Contains(("I2", "I1", true), pairs);
        Assert.DoesNotContain(pairs, p => p.original_invoice_id == "I1" && !p.withdrawn && p.invoice_id != "I2");
        Assert.Contains(("I3", "I2", false), pairs);
    }
}
