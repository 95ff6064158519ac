using FinanceStreams.Tests.Infrastructure;
using static FinanceStreams.Tests.Infrastructure.InvoiceRows;

namespace FinanceStreams.Tests.Invoices;

/// <summary>Common starting points: supplier S1, PO1 with line 1 (10 × 100.00), fully received by GR1.</summary>
internal static class InvoiceScenario
{
    public static InvoiceHarness Received(Func<Topologies.Invoices.InvoiceOptions, Topologies.Invoices.InvoiceOptions>? configure = null)
    {
        var sut = new InvoiceHarness(configure);
        sut.Put(Supplier());
        sut.Put(Order());
        sut.Put(OrderLine(quantity: 10m, unitPrice: 100m));
        sut.Put(Receipt("GR1", quantity: 10m));
        return sut;
    }

    /// <summary>Puts (line first, so no transient AMOUNT_INCONSISTENT) invoice <paramref name="id"/> for <paramref name="quantity"/> at <paramref name="unitPrice"/> on PO1 line 1 (net = lines, tax 19%).</summary>
    public static void Invoice(InvoiceHarness sut, string id, decimal quantity = 10m, decimal unitPrice = 100m, string number = "INV-1", long? receivedAtMs = null)
    {
        var net = Math.Round(quantity * unitPrice, 2, MidpointRounding.AwayFromZero);
        var tax = Math.Round(net * 0.19m, 2, MidpointRounding.AwayFromZero);
        sut.Put(Line(id, 1, quantity, unitPrice));
        sut.Put(InvoiceRows.Invoice(id, net, tax, number: number, receivedAtMs: receivedAtMs ?? CdcHarness.BaseTime));
    }

    public static IEnumerable<finance.matching.MatchReason> Reasons(finance.matching.InvoiceStatus status) => status.findings.Select(f => f.reason).Distinct().Order();
}
