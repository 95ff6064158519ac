using System.Globalization;
using System.Text;
using Avro;
using Avro.Specific;
using finance.erp;
using finance.procurement;
using FinanceStreams.Contracts.Cdc.Reading;

namespace FinanceStreams.Contracts.Tests.Cdc;

public sealed class DirectJsonReaderTests
{
    private const string Topic = "erp.public.supplier_invoices";
    private static readonly RecordSchema _envelope = (RecordSchema)new SupplierInvoiceEnvelope().Schema;

    public static TheoryData<string> Readable => new()
    {
        InvoiceJson.Envelope(null, InvoiceJson.Row()),
        InvoiceJson.Envelope(InvoiceJson.Row(), InvoiceJson.Row(amount: "1234.5", status: "\"APPROVED\""), op: "u"),
        InvoiceJson.Envelope(InvoiceJson.Row(), null, op: "d"),
        InvoiceJson.Envelope(null, InvoiceJson.Row(amount: "1.2345E3", date: "20527", receivedAt: "1773568800000")),
        InvoiceJson.Envelope(null, InvoiceJson.Row(receivedAt: "\"2026-03-15T11:00:00+01:00\"")),
        InvoiceJson.Envelope(null, InvoiceJson.Row(), sourceName: "\"system\""),
        InvoiceJson.Envelope(null, InvoiceJson.Row().Replace("\"INV-1\"", "\"INV-\\u00e9\\\"1\"", StringComparison.Ordinal)),
        InvoiceJson.Envelope(null, InvoiceJson.Row()).Replace("\"transaction\":null", "\"transaction\":{\"id\":\"t\",\"order\":[1,{\"a\":2}]}", StringComparison.Ordinal),
        InvoiceJson.Envelope(null, InvoiceJson.Row()).Replace("{\"before\"", "{/* comment */\"before\"", StringComparison.Ordinal),
    };

    public static TheoryData<string> LeftToTheGeneralReader => new()
    {
        InvoiceJson.Wrapped(InvoiceJson.Envelope(null, InvoiceJson.Row())),
        " " + InvoiceJson.Envelope(null, InvoiceJson.Row()),
        InvoiceJson.Envelope(null, InvoiceJson.Row()).Replace("\"op\":\"c\"", "\"op\":\"c\",\"op\":\"u\"", StringComparison.Ordinal),
        InvoiceJson.Envelope(null, InvoiceJson.Row()).Replace("\"connector\":\"postgresql\",", "\"connector\":\"postgresql\",\"system\":\"x\",", StringComparison.Ordinal),
        InvoiceJson.Envelope(null, InvoiceJson.Row()).Replace("\"op\":\"c\",", string.Empty, StringComparison.Ordinal),
        InvoiceJson.Envelope(null, InvoiceJson.Row(withCurrency: false)),
        InvoiceJson.Envelope(null, InvoiceJson.Row(amount: "\"12.345\"")),
        InvoiceJson.Envelope(null, InvoiceJson.Row(amount: "[1]")),
        InvoiceJson.Envelope(null, InvoiceJson.Row(status: "\"LOST\"")),
        InvoiceJson.Envelope(null, InvoiceJson.Row()) + " {}",
        InvoiceJson.Envelope(null, InvoiceJson.Row())[..^3],
    };

    [Theory]
    [MemberData(nameof(Readable))]
    public void TryRead_PlainDebeziumJson_ReadsWhatTheGeneralReaderReads(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        var read = DirectJsonReader.TryRead<SupplierInvoiceEnvelope>(bytes, _envelope, Topic, out var direct);

        Assert.True(read);
        Assert.Equal(Describe(General(bytes)), Describe(direct!));
    }

    [Theory]
    [MemberData(nameof(LeftToTheGeneralReader))]
    public void TryRead_WrapperDuplicatesGapsOrBadValues_LeavesItToTheGeneralReader(string json)
    {
        var read = DirectJsonReader.TryRead<SupplierInvoiceEnvelope>(Encoding.UTF8.GetBytes(json), _envelope, Topic, out var direct);

        Assert.False(read);
        Assert.Null(direct);
    }

    [Fact]
    public void TryRead_NumericIdForStringColumn_ReadsAsTextLikeTheGeneralReader()
    {
        var bytes = """{"po_id":4711,"line_no":-2}"""u8.ToArray();
        var schema = (RecordSchema)new PurchaseOrderLineKey().Schema;

        Assert.True(DirectJsonReader.TryRead<PurchaseOrderLineKey>(bytes, schema, Topic, out var key));
        Assert.Equal(("4711", -2), (key!.po_id, key.line_no));
        Assert.Equal(Describe(General(bytes, schema)), Describe(key));
    }

    private static ISpecificRecord General(byte[] bytes, RecordSchema? schema = null) =>
        SpecificRecordConverter.Convert<ISpecificRecord>(PayloadFormat.Read(bytes, Topic, null!), schema ?? _envelope, Topic);

    /// <summary>Every field, recursively, with its runtime type, so a value read differently shows.</summary>
    private static string Describe(ISpecificRecord record)
    {
        var text = new StringBuilder(record.Schema.Fullname).Append('{');
        foreach (var field in ((RecordSchema)record.Schema).Fields)
        {
            var value = record.Get(field.Pos);
            text.Append(field.Name).Append('=').Append(value switch
            {
                null => "null",
                ISpecificRecord nested => Describe(nested),
                AvroDecimal d => $"decimal {d.UnscaledValue}e-{d.Scale}",
                DateTime t => $"{t:O} {t.Kind}",
                _ => $"{value.GetType().Name} {Convert.ToString(value, CultureInfo.InvariantCulture)}",
            }).Append(';');
        }

        return text.Append('}').ToString();
    }
}
