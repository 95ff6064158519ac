using FinanceStreams.TestSupport;
using System.Text;
using finance.erp;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Conversions;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Contracts.Tests.Cdc;

public sealed class DebeziumSerdeJsonTests
{
    private static readonly SerdeContext _context = SerdeContext.Value(Topics.SupplierInvoices.Name);

    [Fact]
    public void Deserialize_UnwrappedJson_ReadsEnvelopeAndRow()
    {
        var result = Read(InvoiceJson.Envelope(null, InvoiceJson.Row()));

        Assert.Equal(DebeziumOp.Create, result.Op);
        Assert.Null(result.Before);
        Assert.Equal("INV-1", result.After!.invoice_id);
        Assert.Equal(SupplierInvoiceStatus.RECEIVED, result.After.status);
        Assert.Null(result.After.po_id);
        Assert.Equal(42, result.Lsn);
        Assert.Equal("erp", result.Source.name);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(InvoiceJson.EventTimeMs), result.EventTime);
        Assert.Equal(1773568801000, result.TsMs);
    }

    [Fact]
    public void Deserialize_WrappedJson_ReadsPayload()
    {
        var result = Read(InvoiceJson.Wrapped(InvoiceJson.Envelope(null, InvoiceJson.Row())));

        Assert.Equal(1234.50m, result.After!.gross_amount.ToDecimal());
    }

    [Theory]
    [InlineData("\"1234.50\"")]
    [InlineData("\"1234.5\"")]
    [InlineData("1234.50")]
    [InlineData("1234.5")]
    [InlineData("1.2345E3")]
    public void Deserialize_DecimalAsStringOrNumber_ReadsExactAmountAtScale2(string amount)
    {
        var result = Read(InvoiceJson.Envelope(null, InvoiceJson.Row(amount: amount)));

        Assert.Equal(1234.50m, result.After!.net_amount.ToDecimal());
        Assert.Equal(2, result.After.net_amount.Scale);
    }

    [Fact]
    public void Deserialize_ConnectDecimalBase64InWrappedJson_ReadsAmount()
    {
        // 123450 (= 1234.50 at scale 2) as big-endian two's complement: 0x01 0xE2 0x3A.
        var base64 = Convert.ToBase64String([0x01, 0xE2, 0x3A]);
        var schema = """
            [{"type":"struct","optional":true,"field":"after","fields":[
              {"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","parameters":{"scale":"2"},"field":"net_amount"},
              {"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","parameters":{"scale":"2"},"field":"gross_amount"}]}]
            """;

        var result = Read(InvoiceJson.Wrapped(InvoiceJson.Envelope(null, InvoiceJson.Row(amount: $"\"{base64}\"")), schema));

        Assert.Equal(1234.50m, result.After!.net_amount.ToDecimal());
    }

    [Theory]
    [InlineData("\"2026-03-15\"")]
    [InlineData("20527")]
    public void Deserialize_DateAsIsoOrEpochDays_ReadsSameDate(string date)
    {
        var result = Read(InvoiceJson.Envelope(null, InvoiceJson.Row(date: date)));

        Assert.Equal(new DateOnly(2026, 3, 15), result.After!.invoice_date.ToDateOnly());
    }

    [Theory]
    [InlineData("\"2026-03-15T10:00:00Z\"")]
    [InlineData("\"2026-03-15T11:00:00+01:00\"")]
    [InlineData("\"2026-03-15T10:00:00.000Z\"")]
    [InlineData("1773568800000")]
    public void Deserialize_TimestampAsIsoOrEpochMs_ReadsSameInstant(string receivedAt)
    {
        var result = Read(InvoiceJson.Envelope(null, InvoiceJson.Row(receivedAt: receivedAt)));

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(InvoiceJson.EventTimeMs), result.After!.received_at.ToInstant());
        Assert.Equal(DateTimeKind.Utc, result.After.received_at.Kind);
    }

    [Theory]
    [InlineData("c", DebeziumOp.Create)]
    [InlineData("u", DebeziumOp.Update)]
    [InlineData("r", DebeziumOp.Read)]
    public void Deserialize_OpWithAfter_MapsOp(string code, DebeziumOp expected)
    {
        var result = Read(InvoiceJson.Envelope(code == "u" ? InvoiceJson.Row() : null, InvoiceJson.Row(status: "\"APPROVED\""), code));

        Assert.Equal(expected, result.Op);
        Assert.Equal(SupplierInvoiceStatus.APPROVED, result.Current!.status);
    }

    [Fact]
    public void Deserialize_DeleteWithAfterNull_ReadsBeforeAndNoCurrentRow()
    {
        var result = Read(InvoiceJson.Envelope(InvoiceJson.Row(), null, "d"));

        Assert.True(result.IsDelete);
        Assert.Equal("INV-1", result.Before!.invoice_id);
        Assert.Null(result.After);
        Assert.Null(result.Current);
    }

    [Fact]
    public void Deserialize_Truncate_ReadsWithoutRows()
    {
        var result = Read(InvoiceJson.Envelope(null, null, "t"));

        Assert.Equal(DebeziumOp.Truncate, result.Op);
        Assert.Null(result.Current);
    }

    [Fact]
    public void Deserialize_SourceWithSystemInsteadOfName_ReadsSystem()
    {
        var result = Read(InvoiceJson.Envelope(null, InvoiceJson.Row(), sourceName: "\"system\""));

        Assert.Equal("erp", result.Source.name);
    }

    private static DebeziumEnvelope<SupplierInvoice> Read(string json) =>
        CreateSut().Deserialize(Encoding.UTF8.GetBytes(json), _context);

    private static ISerde<DebeziumEnvelope<SupplierInvoice>> CreateSut() =>
        Topics.SupplierInvoices.ValueSerde(new ContractSerdes(new InMemorySchemaRegistryClient()));
}
