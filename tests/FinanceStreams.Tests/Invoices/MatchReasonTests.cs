using finance.matching;
using finance.procurement;
using FinanceStreams.Tests.Infrastructure;
using static FinanceStreams.Tests.Infrastructure.InvoiceRows;
using static FinanceStreams.Tests.Invoices.InvoiceScenario;

namespace FinanceStreams.Tests.Invoices;

public sealed class MatchReasonTests
{
    [Fact]
    public void An_invoice_without_PO_reference_is_unmatched_with_no_purchase_order()
    {
        using var sut = Received();
        sut.Put(InvoiceRows.Invoice("I1", 1000m, poId: null));
        sut.Put(Line("I1", 1, 10m, 100m, poLineNo: null));

        var status = sut.Status("I1");
        Assert.Equal(InvoiceMatchStatus.UNMATCHED, status.status);
        Assert.Equal([MatchReason.NO_PURCHASE_ORDER], Reasons(status));
        Assert.Equal(2, status.findings.Count);
        Assert.Empty(sut.Commands());
    }

    [Fact]
    public void A_line_without_PO_line_is_unmatched_with_no_purchase_order()
    {
        using var sut = Received();
        sut.Put(InvoiceRows.Invoice("I1", 1000m));
        sut.Put(Line("I1", 1, 10m, 100m, poLineNo: null));

        Assert.Equal([MatchReason.NO_PURCHASE_ORDER], Reasons(sut.Status("I1")));
        Assert.Equal(1, sut.Status("I1").findings.Single().invoice_line_no);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_blocked_or_unknown_supplier_is_unmatched_and_a_later_unblock_resolves_it(bool known)
    {
        using var sut = new InvoiceHarness();
        sut.Put(Order());
        sut.Put(OrderLine());
        sut.Put(Receipt("GR1"));
        if (known)
        {
            sut.Put(Supplier(status: SupplierStatus.BLOCKED));
        }

        Invoice(sut, "I1");
        Assert.Equal(InvoiceMatchStatus.UNMATCHED, sut.Status("I1").status);
        Assert.Equal([MatchReason.SUPPLIER_BLOCKED], Reasons(sut.Status("I1")));

        sut.Put(Supplier());

        Assert.Equal(InvoiceMatchStatus.MATCHED, sut.Status("I1").status);
        Assert.Equal([UnmatchedEventType.UNMATCHED, UnmatchedEventType.RESOLVED], sut.Unmatched().Select(u => u.event_type));
        Assert.Single(sut.Commands());
    }

    [Fact]
    public void A_missing_PO_line_is_pending_not_unmatched()
    {
        using var sut = Received();
        sut.Put(Line("I1", 1, 10m, 100m, poLineNo: 2));
        sut.Put(InvoiceRows.Invoice("I1", 1000m));

        var status = sut.Status("I1");
        Assert.Equal(InvoiceMatchStatus.PENDING, status.status);
        Assert.Equal([MatchReason.PO_LINE_NOT_FOUND], Reasons(status));
        Assert.NotNull(status.pending_until);
        Assert.Empty(sut.Unmatched().Select(u => u.event_type));
    }

    [Fact]
    public void A_PO_of_another_supplier_is_a_supplier_mismatch()
    {
        using var sut = Received();
        sut.Put(Order(supplierId: "S2"));
        Invoice(sut, "I1");

        Assert.Equal([MatchReason.SUPPLIER_MISMATCH], Reasons(sut.Status("I1")));
        Assert.Equal(InvoiceMatchStatus.UNMATCHED, sut.Status("I1").status);
    }

    [Fact]
    public void A_PO_in_another_currency_is_a_currency_mismatch()
    {
        using var sut = Received();
        sut.Put(Order(currency: "USD"));
        Invoice(sut, "I1");

        Assert.Equal([MatchReason.CURRENCY_MISMATCH], Reasons(sut.Status("I1")));
    }

    [Fact]
    public void A_cancelled_PO_is_reported()
    {
        using var sut = Received();
        sut.Put(Order(status: PurchaseOrderStatus.CANCELLED));
        Invoice(sut, "I1");

        Assert.Equal([MatchReason.PO_CANCELLED], Reasons(sut.Status("I1")));
    }

    [Fact]
    public void Header_totals_that_do_not_add_up_are_amount_inconsistent()
    {
        using var sut = Received();
        sut.Put(InvoiceRows.Invoice("I1", net: 1000.02m, tax: 190m));
        sut.Put(Line("I1", 1, 10m, 100m));

        Assert.Equal([MatchReason.AMOUNT_INCONSISTENT], Reasons(sut.Status("I1")));
    }

    [Fact]
    public void Header_totals_within_one_cent_match()
    {
        using var sut = Received();
        sut.Put(InvoiceRows.Invoice("I1", net: 1000.01m, tax: 190m));
        sut.Put(Line("I1", 1, 10m, 100m));

        Assert.Equal(InvoiceMatchStatus.MATCHED, sut.Status("I1").status);
    }

    [Fact]
    public void Gross_that_is_not_net_plus_tax_is_amount_inconsistent()
    {
        using var sut = Received();
        sut.Put(InvoiceRows.Invoice("I1", net: 1000m, tax: 190m, gross: 1190.02m));
        sut.Put(Line("I1", 1, 10m, 100m));

        Assert.Equal([MatchReason.AMOUNT_INCONSISTENT], Reasons(sut.Status("I1")));
    }

    [Fact]
    public void Every_failing_reason_is_listed()
    {
        using var sut = Received();
        sut.Put(Order(supplierId: "S2", currency: "USD", status: PurchaseOrderStatus.CANCELLED));
        sut.Put(InvoiceRows.Invoice("I1", net: 5m));
        sut.Put(Line("I1", 1, 11m, 200m));

        Assert.Equal(
            [MatchReason.SUPPLIER_MISMATCH, MatchReason.CURRENCY_MISMATCH, MatchReason.PO_CANCELLED, MatchReason.PRICE_VARIANCE, MatchReason.QUANTITY_EXCEEDS_ORDER, MatchReason.NOT_RECEIVED, MatchReason.AMOUNT_INCONSISTENT],
            sut.Status("I1").findings.Select(f => f.reason));
        Assert.Equal(InvoiceMatchStatus.UNMATCHED, sut.Status("I1").status);
    }

    [Fact]
    public void A_cancelled_invoice_is_cancelled_and_never_posted()
    {
        using var sut = Received();
        sut.Put(InvoiceRows.Invoice("I1", 1000m, status: finance.erp.SupplierInvoiceStatus.CANCELLED));
        sut.Put(Line("I1", 1, 10m, 100m));

        Assert.Equal(InvoiceMatchStatus.CANCELLED, sut.Status("I1").status);
        Assert.Empty(sut.Status("I1").findings);
        Assert.Empty(sut.Commands());
    }

    [Fact]
    public void A_deleted_invoice_loses_its_status()
    {
        using var sut = Received();
        sut.Put(InvoiceRows.Invoice("I1", 1000m, poId: null));
        Assert.True(sut.Statuses().ContainsKey("I1"));

        sut.Delete(InvoiceRows.Invoice("I1", 1000m, poId: null));

        Assert.False(sut.Statuses().ContainsKey("I1"));
    }
}
