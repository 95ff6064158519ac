using finance.erp;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Tests.Rules;

public sealed class DuplicateInvoiceRuleTests
{
    private static DuplicateCandidate CreateSut(string id, string number, long received, SupplierInvoiceStatus status = SupplierInvoiceStatus.RECEIVED, string supplier = "S1") =>
        new(id, "1000", supplier, number, received, status);

    [Fact]
    public void Decide_SameNormalizedNumber_EarliestReceivedIsOriginal()
    {
        var verdicts = DuplicateInvoiceRule.Decide([CreateSut("I2", "INV 42", 1), CreateSut("I1", "inv-0042", 2), CreateSut("I3", "Inv.42", 1)]);
        Assert.Equal(["I3", "I1"], verdicts.Where(v => v.IsDuplicate).Select(v => v.InvoiceId).Order().Reverse());
        Assert.All(verdicts, v => Assert.Equal("I2", v.OriginalId));
    }

    [Fact]
    public void Decide_CancelledOrOtherSupplier_NotInGroup()
    {
        var verdicts = DuplicateInvoiceRule.Decide([CreateSut("I1", "42", 1, SupplierInvoiceStatus.CANCELLED), CreateSut("I2", "42", 2), CreateSut("I3", "42", 3, supplier: "S2")]);
        Assert.DoesNotContain(verdicts, v => v.IsDuplicate);
        Assert.DoesNotContain(verdicts, v => v.InvoiceId == "I1");
    }
}
