using finance.matching;
using FinanceStreams.Tests.Infrastructure;
using static FinanceStreams.Tests.Infrastructure.InvoiceRows;
using static FinanceStreams.Tests.Invoices.InvoiceScenario;

namespace FinanceStreams.Tests.Invoices;

public sealed class ToleranceTests
{
    // PO line: 10 × 100.00. Tolerance = min(2% × 100 × qty, 50.00).
    [Theory]
    [InlineData(10, 102.0000, InvoiceMatchStatus.MATCHED)] // variance 20.00 = 2% of 1000.00 (tolerance 20.00)
    [InlineData(10, 102.0001, InvoiceMatchStatus.UNMATCHED)] // variance 20.001 > 20.00
    [InlineData(1, 102.0000, InvoiceMatchStatus.MATCHED)] // variance 2.00 = 2% of 100.00
    [InlineData(1, 102.0100, InvoiceMatchStatus.UNMATCHED)] // variance 2.01 > 2.00
    [InlineData(10, 90.0000, InvoiceMatchStatus.MATCHED)] // under the PO price is never a variance
    public void Price_tolerance_is_two_percent_of_the_PO_value_of_the_invoiced_quantity(int quantity, double unitPrice, InvoiceMatchStatus expected)
    {
        using var sut = Received();
        Invoice(sut, "I1", quantity, (decimal)unitPrice);

        var status = sut.Status("I1");
        Assert.Equal(expected, status.status);
        Assert.Equal(expected == InvoiceMatchStatus.MATCHED ? [] : [MatchReason.PRICE_VARIANCE], Reasons(status));
    }

    [Theory]
    [InlineData(101.0000, InvoiceMatchStatus.MATCHED)] // 50 × 1.00: variance 50.00 = the cap (2% would be 100.00)
    [InlineData(101.0001, InvoiceMatchStatus.UNMATCHED)] // variance 50.005 > 50.00
    [InlineData(102.0000, InvoiceMatchStatus.UNMATCHED)] // variance 100.00: inside 2%, past the cap
    public void Price_tolerance_is_capped_at_fifty(double unitPrice, InvoiceMatchStatus expected)
    {
        using var sut = new InvoiceHarness();
        sut.Put(Supplier());
        sut.Put(Order());
        sut.Put(OrderLine(quantity: 100m, unitPrice: 100m));
        sut.Put(Receipt("GR1", quantity: 100m));
        sut.Put(Line("I1", 1, 50m, (decimal)unitPrice));
        var net = Math.Round(50m * (decimal)unitPrice, 2, MidpointRounding.AwayFromZero);
        sut.Put(InvoiceRows.Invoice("I1", net));

        Assert.Equal(expected, sut.Status("I1").status);
        Assert.Equal(expected == InvoiceMatchStatus.MATCHED ? [] : [MatchReason.PRICE_VARIANCE], Reasons(sut.Status("I1")));
    }

    [Theory]
    [InlineData(10, InvoiceMatchStatus.MATCHED)]
    [InlineData(10.0001, InvoiceMatchStatus.UNMATCHED)]
    public void Quantity_may_reach_but_not_pass_the_ordered_quantity(double quantity, InvoiceMatchStatus expected)
    {
        using var sut = Received();
        sut.Put(Receipt("GR2", quantity: 5m));
        Invoice(sut, "I1", (decimal)quantity);

        var status = sut.Status("I1");
        Assert.Equal(expected, status.status);
        Assert.Equal(expected == InvoiceMatchStatus.MATCHED ? [] : [MatchReason.QUANTITY_EXCEEDS_ORDER], Reasons(status));
    }

    [Fact]
    public void Invoices_that_together_exceed_the_order_all_fail_whatever_their_order()
    {
        using var sut = Received();
        Invoice(sut, "I1", 6m, number: "A-1");
        Assert.Equal(InvoiceMatchStatus.MATCHED, sut.Status("I1").status);

        Invoice(sut, "I2", 6m, number: "B-2");

        Assert.Contains(MatchReason.QUANTITY_EXCEEDS_ORDER, Reasons(sut.Status("I1")));
        Assert.Contains(MatchReason.QUANTITY_EXCEEDS_ORDER, Reasons(sut.Status("I2")));
        Assert.Equal(InvoiceMatchStatus.UNMATCHED, sut.Status("I2").status);
    }

    [Fact]
    public void Cancelled_and_duplicate_invoices_do_not_count_in_the_invoiced_quantity()
    {
        using var sut = Received();
        Invoice(sut, "I1", 6m, number: "INV-7");
        Invoice(sut, "I2", 6m, number: "inv 7", receivedAtMs: CdcHarness.BaseTime + 1);
        sut.Put(Line("I3", 1, 6m, 100m));
        sut.Put(InvoiceRows.Invoice("I3", 600m, number: "C-3", status: finance.erp.SupplierInvoiceStatus.CANCELLED));

        Assert.Equal(InvoiceMatchStatus.MATCHED, sut.Status("I1").status);
        Assert.Equal(InvoiceMatchStatus.DUPLICATE, sut.Status("I2").status);
        Assert.Equal(InvoiceMatchStatus.CANCELLED, sut.Status("I3").status);
    }
}
