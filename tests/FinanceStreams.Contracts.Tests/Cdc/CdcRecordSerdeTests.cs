using FinanceStreams.TestSupport;
using System.Text;
using finance.procurement;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Contracts.Tests.Cdc;

public sealed class CdcRecordSerdeTests
{
    private static readonly SerdeContext _context = SerdeContext.Key(Topics.PurchaseOrderLines.Name);

    [Theory]
    [InlineData("""{"po_id":"PO-1","line_no":2}""")]
    [InlineData("""{"schema":{"type":"struct","fields":[]},"payload":{"po_id":"PO-1","line_no":2}}""")]
    public void Deserialize_JsonKeyWrappedOrNot_ReadsKey(string json)
    {
        var key = CreateSut().Deserialize(Encoding.UTF8.GetBytes(json), _context);

        Assert.Equal("PO-1", key.po_id);
        Assert.Equal(2, key.line_no);
    }

    [Fact]
    public void Deserialize_NumericIdForStringColumn_ReadsAsText()
    {
        var key = CreateSut().Deserialize("""{"po_id":4711,"line_no":1}"""u8, _context);

        Assert.Equal("4711", key.po_id);
    }

    [Fact]
    public void SerializeThenDeserialize_AvroKey_RoundTrips()
    {
        var sut = CreateSut();

        var key = sut.Deserialize(sut.Serialize(new PurchaseOrderLineKey { po_id = "PO-9", line_no = 3 }, _context), _context);

        Assert.Equal(("PO-9", 3), (key.po_id, key.line_no));
    }

    [Fact]
    public void Deserialize_LineNoOutOfIntRange_ThrowsNamingField()
    {
        var ex = Assert.Throws<SerdeException>(() => CreateSut().Deserialize("""{"po_id":"PO-1","line_no":99999999999}"""u8, _context));

        Assert.Contains("'line_no'", ex.Message, StringComparison.Ordinal);
    }

    private static ISerde<PurchaseOrderLineKey> CreateSut() =>
        Topics.PurchaseOrderLines.KeySerde(new ContractSerdes(new InMemorySchemaRegistryClient()));
}
