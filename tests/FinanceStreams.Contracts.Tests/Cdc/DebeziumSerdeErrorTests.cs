using FinanceStreams.TestSupport;
using System.Text;
using finance.erp;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Contracts.Tests.Cdc;

public sealed class DebeziumSerdeErrorTests
{
    private static readonly string _topic = Topics.SupplierInvoices.Name;

    [Fact]
    public void Deserialize_GarbageBytes_ThrowsNamingTopicAndFirstByte()
    {
        var ex = Assert.Throws<SerdeException>(() => Read([0x7F, 0x45, 0x4C, 0x46]));

        Assert.Contains(_topic, ex.Message, StringComparison.Ordinal);
        Assert.Contains("0x7F", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_BrokenJson_ThrowsSerdeException()
    {
        var ex = Assert.Throws<SerdeException>(() => Read(Encoding.UTF8.GetBytes("{\"before\": nul")));

        Assert.Contains("not valid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownSchemaId_ThrowsNamingId()
    {
        var ex = Assert.Throws<SerdeException>(() => Read([0, 0, 0, 0x30, 0x39, 2, 4]));

        Assert.Contains("unknown schema id 12345", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MissingRequiredField_ThrowsNamingField()
    {
        var ex = Assert.Throws<SerdeException>(() => ReadJson(InvoiceJson.Envelope(null, InvoiceJson.Row(withCurrency: false))));

        Assert.Contains("'after.currency'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("required", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"12.345\"", "at most 2 decimal places")]
    [InlineData("\"twelve\"", "decimal(18,2)")]
    [InlineData("true", "decimal(18,2)")]
    [InlineData("\"12345678901234567890\"", "at most 18 digits")]
    public void Deserialize_BadDecimal_ThrowsNamingFieldAndValue(string amount, string expected)
    {
        var ex = Assert.Throws<SerdeException>(() => ReadJson(InvoiceJson.Envelope(null, InvoiceJson.Row(amount: amount))));

        Assert.Contains("'after.net_amount'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"15.03.2026\"")]
    [InlineData("\"2026-03-15T00:00:00Z\"")]
    [InlineData("20527.5")]
    public void Deserialize_BadDate_ThrowsNamingField(string date)
    {
        var ex = Assert.Throws<SerdeException>(() => ReadJson(InvoiceJson.Envelope(null, InvoiceJson.Row(date: date))));

        Assert.Contains("'after.invoice_date'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_BadTimestamp_ThrowsNamingField()
    {
        var ex = Assert.Throws<SerdeException>(() => ReadJson(InvoiceJson.Envelope(null, InvoiceJson.Row(receivedAt: "\"yesterday\""))));

        Assert.Contains("'after.received_at'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"yesterday\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownEnumSymbol_ThrowsListingSymbols()
    {
        var ex = Assert.Throws<SerdeException>(() => ReadJson(InvoiceJson.Envelope(null, InvoiceJson.Row(status: "\"PAID\""))));

        Assert.Contains("'after.status'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("RECEIVED, APPROVED, CANCELLED", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownOp_ThrowsNamingOp()
    {
        var ex = Assert.Throws<SerdeException>(() => ReadJson(InvoiceJson.Envelope(null, InvoiceJson.Row(), "x")));

        Assert.Contains("'op'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_CreateWithoutAfter_Throws()
    {
        var ex = Assert.Throws<SerdeException>(() => ReadJson(InvoiceJson.Envelope(null, null, "c")));

        Assert.Contains("'after'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DeleteWithAfter_Throws()
    {
        Assert.Throws<SerdeException>(() => ReadJson(InvoiceJson.Envelope(InvoiceJson.Row(), InvoiceJson.Row(), "d")));
    }

    [Fact]
    public void Deserialize_JsonArray_Throws()
    {
        Assert.Throws<SerdeException>(() => Read(Encoding.UTF8.GetBytes("[1,2]")));
    }

    private static DebeziumEnvelope<SupplierInvoice> ReadJson(string json) => Read(Encoding.UTF8.GetBytes(json));

    private static DebeziumEnvelope<SupplierInvoice> Read(byte[] data) =>
        CreateSut().Deserialize(data, SerdeContext.Value(_topic));

    private static ISerde<DebeziumEnvelope<SupplierInvoice>> CreateSut() =>
        Topics.SupplierInvoices.ValueSerde(new ContractSerdes(new InMemorySchemaRegistryClient()));
}
