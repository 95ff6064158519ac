using finance.erp;
using finance.matching;
using finance.posting;
using finance.reconciliation;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Topologies.Invoices;
using Streamiz.Kafka.Net.Mock;

namespace FinanceStreams.Tests.Infrastructure;

/// <summary>The Streamiz invoice topology (<see cref="InvoiceTopology"/>) in its test driver, with typed CDC inputs and its outputs.</summary>
internal sealed class InvoiceHarness : StreamizHarness
{
    private readonly TestOutputTopic<SupplierInvoiceKey, InvoiceStatus> _status;
    private readonly TestOutputTopic<SupplierInvoiceKey, UnmatchedInvoice> _unmatched;
    private readonly TestOutputTopic<SupplierInvoiceKey, DuplicateInvoice> _duplicates;
    private readonly TestOutputTopic<PostingCommandKey, PostingCommand> _commands;
    private readonly TestOutputTopic<PostingCommandKey, PostingStatus> _postingStatus;
    private readonly TestOutputTopic<ReconciliationKey, ReconciliationTotals> _reconciliation;
    private readonly Dictionary<string, InvoiceStatus> _latestStatus = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PostingStatus> _latestPosting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReconciliationTotals> _latestTotals = new(StringComparer.Ordinal);
    private readonly List<UnmatchedInvoice> _unmatchedSeen = [];
    private readonly List<DuplicateInvoice> _duplicatesSeen = [];
    private readonly List<PostingCommand> _commandsSeen = [];

    public InvoiceHarness(Func<InvoiceOptions, InvoiceOptions>? configure = null)
        : base(InvoiceTopology.ApplicationId, (builder, serdes) => InvoiceTopology.Build(builder, configure is null ? InvoiceOptions.With(serdes) : configure(InvoiceOptions.With(serdes))))
    {
        _status = Output(Topics.InvoiceStatus);
        _unmatched = Output(Topics.UnmatchedInvoices);
        _duplicates = Output(Topics.DuplicateInvoices);
        _commands = Output(Topics.PostingCommands);
        _postingStatus = Output(Topics.PostingStatus);
        _reconciliation = Output(Topics.Reconciliation);
    }

    /// <summary>The latest status per invoice id (tombstoned ones removed).</summary>
    public IReadOnlyDictionary<string, InvoiceStatus> Statuses()
    {
        StatusTombstones();
        return _latestStatus;
    }

    /// <summary>The invoices whose status was tombstoned since the status topic was last read (reading it also updates <see cref="Statuses"/>).</summary>
    public IReadOnlyList<string> StatusTombstones()
    {
        var tombstoned = new List<string>();
        foreach (var record in _status.ReadKeyValueList())
        {
            if (record.Message.Value is null)
            {
                _latestStatus.Remove(record.Message.Key.invoice_id);
                tombstoned.Add(record.Message.Key.invoice_id);
            }
            else
            {
                _latestStatus[record.Message.Key.invoice_id] = record.Message.Value;
            }
        }

        return tombstoned;
    }

    public InvoiceStatus Status(string invoiceId) => Statuses()[invoiceId];

    /// <summary>Every unmatched-invoices event so far.</summary>
    public IReadOnlyList<UnmatchedInvoice> Unmatched()
    {
        _unmatchedSeen.AddRange(_unmatched.ReadValueList().OfType<UnmatchedInvoice>());
        return _unmatchedSeen;
    }

    /// <summary>Every duplicate report so far.</summary>
    public IReadOnlyList<DuplicateInvoice> Duplicates()
    {
        _duplicatesSeen.AddRange(_duplicates.ReadValueList().OfType<DuplicateInvoice>());
        return _duplicatesSeen;
    }

    /// <summary>Every posting command so far, in order.</summary>
    public IReadOnlyList<PostingCommand> Commands()
    {
        _commandsSeen.AddRange(_commands.ReadValueList().OfType<PostingCommand>());
        return _commandsSeen;
    }

    /// <summary>Every posting command record not yet read, with its headers (does not feed <see cref="Commands"/>).</summary>
    public IReadOnlyList<Confluent.Kafka.ConsumeResult<PostingCommandKey, PostingCommand>> CommandRecords() => [.. _commands.ReadKeyValueList()];

    /// <summary>The latest posting status per command id.</summary>
    public IReadOnlyDictionary<string, PostingStatus> PostingStatuses()
    {
        foreach (var value in _postingStatus.ReadValueList().OfType<PostingStatus>())
        {
            _latestPosting[value.command_id] = value;
        }

        return _latestPosting;
    }

    /// <summary>The latest control totals per <c>company|yyyy|pp|currency</c>.</summary>
    public IReadOnlyDictionary<string, ReconciliationTotals> Totals()
    {
        foreach (var value in _reconciliation.ReadValueList().OfType<ReconciliationTotals>())
        {
            _latestTotals[$"{value.company_code}|{value.fiscal_year:D4}|{value.fiscal_period:D2}|{value.currency}"] = value;
        }

        return _latestTotals;
    }
}
