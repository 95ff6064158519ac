using FinanceStreams.TestSupport;
using finance.matching;
using finance.posting;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Conversions;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Contracts.Tests.Serialization;

public sealed class ConfluentAvroSerdeTests
{
    private static readonly SerdeContext _context = SerdeContext.Value(Topics.PostingCommands.Name);

    [Fact]
    public void SerializeThenDeserialize_PostingCommandWithLines_RoundTripsMoneyExactly()
    {
        var sut = CreateSut();

        var result = sut.Deserialize(sut.Serialize(Command(), _context), _context);

        Assert.Equal(PostingDocumentType.KR, result.document_type);
        Assert.Equal(2, result.lines.Count);
        Assert.Equal(1234.50m, result.lines[1].amount.ToDecimal());
        Assert.Equal(PostingSide.CREDIT, result.lines[1].side);
        Assert.Equal(result.total_debit, result.total_credit);
        Assert.Equal("erp.public.supplier_invoices", result.lineage.sources[0].topic);
    }

    [Fact]
    public void Serialize_AmountWithWrongScale_ThrowsSerdeException()
    {
        var command = Command();
        command.total_debit = 1234.5m.ToAvroDecimal(1);

        Assert.Throws<SerdeException>(() => CreateSut().Serialize(command, _context));
    }

    [Fact]
    public void Serialize_LaterRecords_WrittenAsConfluentWritesThem()
    {
        var sut = CreateSut();
        sut.Serialize(Command(), _context); // the first one registers the schema through Confluent's serializer
        var second = Command();
        second.invoice_id = "INV-2";

        var result = sut.Serialize(second, _context);

        Assert.Equal(CreateSut().Serialize(second, _context), result);
        Assert.Equal("INV-2", sut.Deserialize(result, _context).invoice_id);
    }

    [Fact]
    public void Serialize_AmountWithWrongScaleAfterAGoodRecord_ThrowsSerdeException()
    {
        var sut = CreateSut();
        sut.Serialize(Command(), _context);
        var command = Command();
        command.total_debit = 1234.5m.ToAvroDecimal(1);

        Assert.Throws<SerdeException>(() => sut.Serialize(command, _context));
    }

    [Fact]
    public void Deserialize_GarbageBytes_ThrowsNamingTopic()
    {
        var ex = Assert.Throws<SerdeException>(() => CreateSut().Deserialize([1, 2, 3, 4, 5, 6], _context));

        Assert.Contains(Topics.PostingCommands.Name, ex.Message, StringComparison.Ordinal);
    }

    private static PostingCommand Command()
    {
        var amount = 1234.50m.ToAvroDecimal(MoneyScale.Amount);
        var date = new DateOnly(2026, 3, 15).ToAvroDate();
        return new PostingCommand
        {
            command_id = "6f1c2c1e-0000-5000-8000-000000000001",
            document_type = PostingDocumentType.KR,
            invoice_id = "INV-1",
            company_code = "1000",
            document_date = date,
            posting_date = date,
            fiscal_year = 2026,
            fiscal_period = 3,
            reference = "inv-0042",
            currency = "EUR",
            supplier_id = "S-1",
            supplier_name = "Acme",
            po_id = "PO-1",
            receipt_ids = ["GR-1"],
            match_status = InvoiceMatchStatus.MATCHED,
            lines =
            [
                new PostingLine { line_no = 1, side = PostingSide.DEBIT, gl_account = "640000", amount = amount, cost_center = "CC-1" },
                new PostingLine { line_no = 2, side = PostingSide.CREDIT, gl_account = "211000", amount = amount, supplier_id = "S-1" },
            ],
            total_debit = amount,
            total_credit = amount,
            lineage = new Lineage
            {
                rule_version = "1",
                sources = [new LineageSource { topic = "erp.public.supplier_invoices", partition = 0, offset = 7, lsn = 42 }],
            },
            event_time = AvroDateExtensions.FromEpochMilliseconds(1773568800000),
        };
    }

    private static ISerde<PostingCommand> CreateSut() =>
        Topics.PostingCommands.ValueSerde(new ContractSerdes(new InMemorySchemaRegistryClient()));
}
