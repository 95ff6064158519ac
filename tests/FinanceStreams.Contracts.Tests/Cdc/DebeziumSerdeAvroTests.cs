using FinanceStreams.TestSupport;
using System.Buffers.Binary;
using Avro.IO;
using Avro.Specific;
using finance.erp;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Conversions;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Contracts.Tests.Cdc;

public sealed class DebeziumSerdeAvroTests
{
    private static readonly SerdeContext _context = SerdeContext.Value(Topics.SupplierInvoices.Name);
    private readonly InMemorySchemaRegistryClient _registry = new();

    [Fact]
    public void Serialize_Envelope_WritesConfluentWireFormat()
    {
        var bytes = CreateSut().Serialize(InvoiceRecords.Created(), _context);

        Assert.Equal(0, bytes[0]);
        Assert.Equal(1, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1, 4)));
    }

    [Fact]
    public void SerializeThenDeserialize_AvroWireFormat_RoundTrips()
    {
        var sut = CreateSut();
        var original = InvoiceRecords.Created();

        var result = sut.Deserialize(sut.Serialize(original, _context), _context);

        Assert.Equal(DebeziumOp.Create, result.Op);
        Assert.Equal(original.TsMs, result.TsMs);
        Assert.Equal(42, result.Lsn);
        Assert.Equal(1234.50m, result.After!.gross_amount.ToDecimal());
        Assert.Equal(new DateOnly(2026, 3, 15), result.After.invoice_date.ToDateOnly());
        Assert.Equal(original.After!.received_at, result.After.received_at);
        Assert.Equal(SupplierInvoiceStatus.RECEIVED, result.After.status);
        Assert.Equal("PO-1", result.After.po_id);
    }

    [Fact]
    public void Deserialize_WriterSchemaWithDebeziumRecordNames_ReadsByFieldName()
    {
        var writerSchema = SupplierInvoiceEnvelope._SCHEMA.ToString()
            .Replace("\"finance.erp.", "\"erp.public.supplier_invoices.", StringComparison.Ordinal)
            .Replace("\"finance.erp\"", "\"erp.public.supplier_invoices\"", StringComparison.Ordinal)
            .Replace("\"finance.cdc\"", "\"io.debezium.connector.postgresql\"", StringComparison.Ordinal);
        var id = _registry.Register("debezium-value", writerSchema);

        var result = CreateSut().Deserialize(Frame(id, InvoiceRecords.GeneratedEnvelope()), _context);

        Assert.Equal("INV-1", result.After!.invoice_id);
        Assert.Equal(1234.50m, result.After.net_amount.ToDecimal());
    }

    [Fact]
    public void Deserialize_TruncatedAvroBody_ThrowsNamingSchemaId()
    {
        var sut = CreateSut();
        var bytes = sut.Serialize(InvoiceRecords.Created(), _context);

        var ex = Assert.Throws<SerdeException>(() => sut.Deserialize(bytes.AsSpan(0, bytes.Length - 3), _context));

        Assert.Contains("schema id 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_TrailingBytes_Throws()
    {
        var sut = CreateSut();
        var bytes = sut.Serialize(InvoiceRecords.Created(), _context);

        var ex = Assert.Throws<SerdeException>(() => sut.Deserialize([.. bytes, 1, 2], _context));

        Assert.Contains("trailing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ShortAvroHeader_Throws()
    {
        Assert.Throws<SerdeException>(() => CreateSut().Deserialize([0, 0, 1], _context));
    }

    private static byte[] Frame(int schemaId, ISpecificRecord record)
    {
        using var stream = new MemoryStream();
        stream.WriteByte(0);
        Span<byte> id = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(id, schemaId);
        stream.Write(id);
        new SpecificDatumWriter<ISpecificRecord>(record.Schema).Write(record, new BinaryEncoder(stream));
        return stream.ToArray();
    }

    private ISerde<DebeziumEnvelope<SupplierInvoice>> CreateSut() =>
        Topics.SupplierInvoices.ValueSerde(new ContractSerdes(_registry));
}
