using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using finance.budget;
using finance.budgeting;
using FinanceStreams.Contracts.Conversions;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.TestSupport;
using StreamKit.Serialization;

namespace StreamKit.Benchmarks;

/// <summary>
/// One record through each serde, each way: the built-in String, Int64 and JSON serdes, and the
/// Confluent Avro serde of a finance contract over an in-memory schema registry (schema id cached).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerdeBenchmarks
{
    private const string Topic = "finance.budget-consumption";

    private static readonly SerdeContext KeyContext = SerdeContext.Key(Topic);
    private static readonly SerdeContext ValueContext = SerdeContext.Value(Topic);

    private readonly ISerde<string> _string = Serdes.String;
    private readonly ISerde<long> _int64 = Serdes.Int64;
    private readonly ISerde<InvoiceLine> _json = Serdes.Json<InvoiceLine>();
    private readonly InMemorySchemaRegistryClient _registry = new();

    private ContractSerdes _contracts = null!;
    private ISerde<BudgetConsumption> _avro = null!;
    private string _text = null!;
    private InvoiceLine _line = null!;
    private BudgetConsumption _consumption = null!;
    private byte[] _textBytes = null!;
    private byte[] _int64Bytes = null!;
    private byte[] _jsonBytes = null!;
    private byte[] _avroBytes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = "INV-2025-000123|4711|CC-1001";
        _line = new InvoiceLine(
            "INV-2025-000123", 3, "SUP-4711", "CC-1001", "PO-2025-000987", 2,
            12.5m, 1_234.56m, "EUR", new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero), "Laptop docking stations");
        _consumption = new BudgetConsumption
        {
            cost_center = "CC-1001",
            fiscal_year = 2025,
            fiscal_period = 3,
            company_code = "DE01",
            currency = "EUR",
            control_level = ControlLevel.ABSOLUTE,
            budget = 250_000.00m.ToAvroDecimal(MoneyScale.Amount),
            pre_commitment = 12_500.00m.ToAvroDecimal(MoneyScale.Amount),
            commitment = 48_210.35m.ToAvroDecimal(MoneyScale.Amount),
            actual = 101_977.12m.ToAvroDecimal(MoneyScale.Amount),
            consumed = 162_687.47m.ToAvroDecimal(MoneyScale.Amount),
            available = 87_312.53m.ToAvroDecimal(MoneyScale.Amount),
            utilization_pct = 65.0750m.ToAvroDecimal(4),
            warning_threshold = 200_000.00m.ToAvroDecimal(MoneyScale.Amount),
            limit = 262_500.00m.ToAvroDecimal(MoneyScale.Amount),
            status = BudgetStatus.OK,
            document_count = 412,
            pending_document_count = 3,
            exception_count = 1,
            last_event_time = new DateTime(2025, 3, 14, 9, 30, 0, DateTimeKind.Utc),
        };

        _contracts = new ContractSerdes(_registry);
        _avro = _contracts.Avro<BudgetConsumption>();

        // The first Avro write registers the schema; later ones hit the serializer's cache.
        _textBytes = _string.Serialize(_text, KeyContext);
        _int64Bytes = _int64.Serialize(1_741_944_600_000L, KeyContext);
        _jsonBytes = _json.Serialize(_line, ValueContext);
        _avroBytes = _avro.Serialize(_consumption, ValueContext);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _contracts.Dispose();
        _registry.Dispose();
    }

    [Benchmark, BenchmarkCategory("String")]
    public byte[] StringSerialize() => _string.Serialize(_text, KeyContext);

    [Benchmark, BenchmarkCategory("String")]
    public string StringDeserialize() => _string.Deserialize(_textBytes, KeyContext);

    [Benchmark, BenchmarkCategory("Int64")]
    public byte[] Int64Serialize() => _int64.Serialize(1_741_944_600_000L, KeyContext);

    [Benchmark, BenchmarkCategory("Int64")]
    public long Int64Deserialize() => _int64.Deserialize(_int64Bytes, KeyContext);

    [Benchmark, BenchmarkCategory("Json")]
    public byte[] JsonSerialize() => _json.Serialize(_line, ValueContext);

    [Benchmark, BenchmarkCategory("Json")]
    public InvoiceLine JsonDeserialize() => _json.Deserialize(_jsonBytes, ValueContext);

    [Benchmark, BenchmarkCategory("Avro")]
    public byte[] AvroSerialize() => _avro.Serialize(_consumption, ValueContext);

    [Benchmark, BenchmarkCategory("Avro")]
    public BudgetConsumption AvroDeserialize() => _avro.Deserialize(_avroBytes, ValueContext);
}

/// <summary>A typical JSON value: an invoice line with decimals, a timestamp and free text.</summary>
public sealed record InvoiceLine(
    string InvoiceNumber,
    int LineNumber,
    string SupplierId,
    string CostCenter,
    string PurchaseOrder,
    int PurchaseOrderLine,
    decimal Quantity,
    decimal Amount,
    string Currency,
    DateTimeOffset InvoiceDate,
    string Description);
