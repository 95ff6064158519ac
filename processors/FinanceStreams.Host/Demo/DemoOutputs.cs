using finance.budget;
using finance.matching;
using finance.posting;
using finance.reconciliation;
using Catalog = FinanceStreams.Contracts.Catalog.Topics;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Host.Demo;

/// <summary>What the demo read back from the output topics: latest state of compacted topics, every event of the others.</summary>
internal sealed class DemoOutputs(ContractSerdes serdes)
{
    private readonly ISerde<BudgetConsumption> _consumption = serdes.Avro<BudgetConsumption>();
    private readonly ISerde<BudgetAlert> _alerts = serdes.Avro<BudgetAlert>();
    private readonly ISerde<BudgetCheck> _checks = serdes.Avro<BudgetCheck>();
    private readonly ISerde<InvoiceStatus> _statuses = serdes.Avro<InvoiceStatus>();
    private readonly ISerde<DuplicateInvoice> _duplicates = serdes.Avro<DuplicateInvoice>();
    private readonly ISerde<UnmatchedInvoice> _unmatched = serdes.Avro<UnmatchedInvoice>();
    private readonly ISerde<PostingCommand> _commands = serdes.Avro<PostingCommand>();
    private readonly ISerde<PostingStatus> _postingStatus = serdes.Avro<PostingStatus>();
    private readonly ISerde<ReconciliationTotals> _totals = serdes.Avro<ReconciliationTotals>();

    /// <summary>Every topic the demo reads.</summary>
    public static IReadOnlyList<string> Topics { get; } =
    [
        Catalog.BudgetConsumption.Name, Catalog.BudgetAlerts.Name, Catalog.BudgetChecks.Name,
        Catalog.InvoiceStatus.Name, Catalog.DuplicateInvoices.Name, Catalog.UnmatchedInvoices.Name,
        Catalog.PostingCommands.Name, Catalog.PostingStatus.Name, Catalog.Reconciliation.Name,
    ];

    public SortedDictionary<string, BudgetConsumption> Buckets { get; } = new(StringComparer.Ordinal);

    public List<BudgetAlert> Alerts { get; } = [];

    public List<BudgetCheck> Checks { get; } = [];

    public SortedDictionary<string, InvoiceStatus> Invoices { get; } = new(StringComparer.Ordinal);

    public List<DuplicateInvoice> Duplicates { get; } = [];

    public List<UnmatchedInvoice> Unmatched { get; } = [];

    public List<PostingCommand> Commands { get; } = [];

    public SortedDictionary<string, PostingStatus> PostingStatuses { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, ReconciliationTotals> Totals { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds one record read from <paramref name="topic"/>.</summary>
    public void Add(string topic, byte[] value)
    {
        var context = SerdeContext.Value(topic);
        switch (topic)
        {
            case var t when t == Catalog.BudgetConsumption.Name:
                var bucket = _consumption.Deserialize(value, context);
                Buckets[$"{bucket.cost_center} {bucket.fiscal_year}-{bucket.fiscal_period:D2}"] = bucket;
                break;
            case var t when t == Catalog.BudgetAlerts.Name: Alerts.Add(_alerts.Deserialize(value, context)); break;
            case var t when t == Catalog.BudgetChecks.Name: Checks.Add(_checks.Deserialize(value, context)); break;
            case var t when t == Catalog.InvoiceStatus.Name:
                var status = _statuses.Deserialize(value, context);
                Invoices[status.invoice_id] = status;
                break;
            case var t when t == Catalog.DuplicateInvoices.Name: Duplicates.Add(_duplicates.Deserialize(value, context)); break;
            case var t when t == Catalog.UnmatchedInvoices.Name: Unmatched.Add(_unmatched.Deserialize(value, context)); break;
            case var t when t == Catalog.PostingCommands.Name: Commands.Add(_commands.Deserialize(value, context)); break;
            case var t when t == Catalog.PostingStatus.Name:
                var posting = _postingStatus.Deserialize(value, context);
                PostingStatuses[posting.command_id] = posting;
                break;
            case var t when t == Catalog.Reconciliation.Name:
                var totals = _totals.Deserialize(value, context);
                Totals[$"{totals.company_code} {totals.fiscal_year}-{totals.fiscal_period:D2} {totals.currency}"] = totals;
                break;
            default: break;
        }
    }
}
