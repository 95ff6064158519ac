using finance.matching;
using FinanceStreams.Tests.Infrastructure;
using static FinanceStreams.Tests.Infrastructure.InvoiceRows;

namespace FinanceStreams.Tests.Invoices;

public sealed class InvoiceSmokeTests
{
    [Fact]
    public void A_fully_received_invoice_at_the_PO_price_is_matched_and_posted_once()
    {
        using var sut = new InvoiceHarness();
        sut.Put(Supplier());
        sut.Put(Order());
        sut.Put(OrderLine(quantity: 10m, unitPrice: 100m));
        sut.Put(Receipt("GR1", quantity: 10m));
        sut.Put(Invoice("I1", net: 1000m, tax: 190m));
        sut.Put(Line("I1", 1, 10m, 100m));

        var status = sut.Status("I1");
        Assert.Equal(InvoiceMatchStatus.MATCHED, status.status);
        var command = Assert.Single(sut.Commands());
        Assert.Equal(status.command_id, command.command_id);
        Assert.Equal((decimal)command.total_debit, (decimal)command.total_credit);
    }
}
