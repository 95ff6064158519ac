using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Tests.Rules;

public sealed class InvoiceNumberTests
{
    [Theory]
    [InlineData("inv-0042", "INV42")]
    [InlineData("INV 42", "INV42")]
    [InlineData("Inv.42", "INV42")]
    [InlineData("A-007/B-0100", "A7B100")]
    [InlineData("0000", "0")]
    public void Normalize_Variants_SameNumber(string number, string expected) => Assert.Equal(expected, InvoiceNumber.Normalize(number));
}
