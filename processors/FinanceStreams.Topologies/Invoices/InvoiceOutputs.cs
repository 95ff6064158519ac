using System.Globalization;
using finance.erp;
using finance.matching;
using finance.posting;
using finance.reconciliation;
using FinanceStreams.Contracts.Conversions;
using FinanceStreams.Topologies.Invoices.Completion;
using FinanceStreams.Topologies.Invoices.Desk;
using FinanceStreams.Topologies.Invoices.Duplicates;
using FinanceStreams.Topologies.Invoices.Matching;
using FinanceStreams.Topologies.Invoices.Posting;
using FinanceStreams.Topologies.Invoices.Reconciliation;
using FinanceStreams.Topologies.Outputs;

namespace FinanceStreams.Topologies.Invoices;

/// <summary>Maps the plain outputs of the invoice topology to their contract records, with their lineage.</summary>
public static class InvoiceOutputs
{
    /// <summary>The status record (or tombstone) of a desk output.</summary>
    public static IEnumerable<Emission<SupplierInvoiceKey, InvoiceStatus>> Status(string invoiceId, DeskOutput output, long eventTime)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.StatusDeleted)
        {
            yield return new(Key(invoiceId), null, eventTime, []);
        }
        else if (output.Status is { } s)
        {
            yield return new(Key(invoiceId), StatusRecord(s), s.EventTime, [s.Invoice.Source]);
        }
    }

    /// <summary>The unmatched-invoices event of a desk output.</summary>
    public static IEnumerable<Emission<SupplierInvoiceKey, UnmatchedInvoice>> Unmatched(string invoiceId, DeskOutput output, long eventTime)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.Unmatched is not { } u)
        {
            yield break;
        }

        var s = u.Status;
        yield return new(Key(invoiceId), new UnmatchedInvoice
        {
            invoice_id = s.Invoice.InvoiceId, event_type = u.Type, status = s.Status, findings = Findings(s.Findings),
            company_code = s.Invoice.CompanyCode, supplier_id = s.Invoice.SupplierId, supplier_invoice_number = s.Invoice.SupplierInvoiceNumber,
            po_id = s.Invoice.PoId, currency = s.Invoice.Currency, invoice_date = s.Invoice.InvoiceDate.ToAvroDate(),
            gross_amount = s.Invoice.GrossAmount.ToAvroDecimal(MoneyScale.Amount), command_id = s.CommandId,
            event_time = AvroDateExtensions.FromEpochMilliseconds(eventTime),
        }, eventTime, [s.Invoice.Source]);
    }

    /// <summary>The exact-duplicate report of a desk output.</summary>
    public static IEnumerable<Emission<SupplierInvoiceKey, DuplicateInvoice>> ExactDuplicate(string invoiceId, DeskOutput output, long eventTime)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.Duplicate is { } d ? Report(invoiceId, d, eventTime) : [];
    }

    /// <summary>A duplicate report (exact or suspected) with both invoices as lineage.</summary>
    public static IEnumerable<Emission<SupplierInvoiceKey, DuplicateInvoice>> Report(string invoiceId, DuplicateReport report, long eventTime)
    {
        ArgumentNullException.ThrowIfNull(report);
        yield return new(Key(report.Duplicate.InvoiceId), Duplicate(report), report.EventTime, [report.Duplicate.Source, report.Original.Source]);
    }

    /// <summary>The posting command of a desk output.</summary>
    public static IEnumerable<Emission<PostingCommandKey, PostingCommand>> Command(string invoiceId, DeskOutput output, long eventTime)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.Command is { } c)
        {
            yield return new(new PostingCommandKey { command_id = c.CommandId }, CommandRecord(c), c.EventTime, c.Lineage);
        }
    }

    /// <summary>The posting-status record of a command's completion.</summary>
    public static IEnumerable<Emission<PostingCommandKey, PostingStatus>> Completion(string commandId, PostingStatusView s, long eventTime)
    {
        ArgumentNullException.ThrowIfNull(s);
        var c = s.Command;
        var lineage = s.Acknowledgement is { } ack ? new[] { ack.Source } : [];
        yield return new(new PostingCommandKey { command_id = commandId }, new PostingStatus
        {
            command_id = c.CommandId, document_type = c.Kind, invoice_id = c.InvoiceId, company_code = c.CompanyCode,
            fiscal_year = c.FiscalYear, fiscal_period = c.FiscalPeriod, currency = c.Currency, gross_amount = c.Gross.ToAvroDecimal(MoneyScale.Amount),
            state = s.State, posting_id = s.Acknowledgement?.PostingId, erp_document_number = s.Acknowledgement?.ErpDocumentNumber,
            error_text = s.State == PostingState.REJECTED ? s.Acknowledgement?.ErrorText : null,
            posted_at = s.Acknowledgement is { } a ? AvroDateExtensions.FromEpochMilliseconds(a.PostedAtMs) : null,
            acknowledge_by = AvroDateExtensions.FromEpochMilliseconds(s.AcknowledgeBy), event_time = AvroDateExtensions.FromEpochMilliseconds(s.EventTime),
        }, s.EventTime, lineage);
    }

    /// <summary>The control-totals record of <c>company|yyyy|pp|currency</c>.</summary>
    public static IEnumerable<Emission<ReconciliationKey, ReconciliationTotals>> Totals(string key, ControlTotalsView view, long eventTime)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(view);
        var parts = key.Split('|');
        var (company, year, period, currency) = (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture), parts[3]);
        var t = view.Totals;
        yield return new(new ReconciliationKey { company_code = company, fiscal_year = year, fiscal_period = period, currency = currency }, new ReconciliationTotals
        {
            company_code = company, fiscal_year = year, fiscal_period = period, currency = currency,
            received = Record(t.Received), matched = Record(t.Matched), pending = Record(t.Pending), unmatched = Record(t.Unmatched),
            duplicate = Record(t.Duplicate), commands_emitted = Record(t.CommandsEmitted), reversals_emitted = Record(t.ReversalsEmitted),
            commands_posted = Record(t.CommandsPosted), commands_rejected = Record(t.CommandsRejected), commands_unacknowledged = Record(t.CommandsUnacknowledged),
            invoices_balanced = t.InvoicesBalanced, commands_balanced = t.CommandsBalanced,
            last_event_time = AvroDateExtensions.FromEpochMilliseconds(view.EventTime),
        }, view.EventTime, []);
    }

    /// <summary>The contract record of a duplicate report.</summary>
    public static DuplicateInvoice Duplicate(DuplicateReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (d, o) = (report.Duplicate, report.Original);
        return new DuplicateInvoice
        {
            invoice_id = d.InvoiceId, original_invoice_id = o.InvoiceId, kind = report.Kind, rule = report.Rule,
            company_code = d.CompanyCode, supplier_id = d.SupplierId, currency = d.Currency,
            supplier_invoice_number = d.Number, original_supplier_invoice_number = o.Number, normalized_number = d.NormalizedNumber,
            invoice_date = d.InvoiceDate.ToAvroDate(), original_invoice_date = o.InvoiceDate.ToAvroDate(),
            gross_amount = d.Gross.ToAvroDecimal(MoneyScale.Amount), original_gross_amount = o.Gross.ToAvroDecimal(MoneyScale.Amount),
            reversal_command_id = report.ReversalCommandId, withdrawn = report.Withdrawn, event_time = AvroDateExtensions.FromEpochMilliseconds(report.EventTime),
        };
    }

    /// <summary>The contract record of a command.</summary>
    public static PostingCommand CommandRecord(CommandDocument command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var d = command.Draft;
        return new PostingCommand
        {
            command_id = command.CommandId, document_type = command.DocumentType, reversed_command_id = command.ReversedCommandId, invoice_id = d.InvoiceId,
            company_code = d.CompanyCode, document_date = d.InvoiceDate.ToAvroDate(), posting_date = d.InvoiceDate.ToAvroDate(),
            fiscal_year = d.InvoiceDate.Year, fiscal_period = d.InvoiceDate.Month, reference = d.Reference, currency = d.Currency,
            supplier_id = d.SupplierId, supplier_name = d.SupplierName, supplier_tax_id = d.SupplierTaxId, po_id = d.PoId,
            receipt_ids = [.. d.ReceiptIds], match_status = InvoiceMatchStatus.MATCHED,
            lines = [.. command.Lines.Select(Line)],
            total_debit = command.TotalDebit.ToAvroDecimal(MoneyScale.Amount), total_credit = command.TotalCredit.ToAvroDecimal(MoneyScale.Amount),
            lineage = new Lineage
            {
                rule_version = command.RuleVersion,
                sources = [.. command.Lineage.Select(s => new LineageSource { topic = s.Topic, partition = s.Partition, offset = s.Offset, lsn = s.Lsn })],
            },
            event_time = AvroDateExtensions.FromEpochMilliseconds(command.EventTime),
        };
    }

    private static InvoiceStatus StatusRecord(InvoiceStatusView s) => new()
    {
        invoice_id = s.Invoice.InvoiceId, status = s.Status, findings = Findings(s.Findings), company_code = s.Invoice.CompanyCode,
        supplier_id = s.Invoice.SupplierId, supplier_invoice_number = s.Invoice.SupplierInvoiceNumber, po_id = s.Invoice.PoId,
        currency = s.Invoice.Currency, invoice_date = s.Invoice.InvoiceDate.ToAvroDate(),
        net_amount = s.Invoice.NetAmount.ToAvroDecimal(MoneyScale.Amount), tax_amount = s.Invoice.TaxAmount.ToAvroDecimal(MoneyScale.Amount),
        gross_amount = s.Invoice.GrossAmount.ToAvroDecimal(MoneyScale.Amount), original_invoice_id = s.OriginalId,
        pending_until = s.PendingUntil is { } p ? AvroDateExtensions.FromEpochMilliseconds(p) : null, command_id = s.CommandId,
        invoice_version = s.Invoice.Source.Lsn, event_time = AvroDateExtensions.FromEpochMilliseconds(s.EventTime),
    };

    private static List<MatchFinding> Findings(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => new MatchFinding { reason = f.Reason, invoice_line_no = f.InvoiceLineNo, po_line_no = f.PoLineNo, detail = f.Detail })];

    private static PostingLine Line(CommandLine l) => new()
    {
        line_no = l.LineNo, side = l.Side, gl_account = l.GlAccount, amount = l.Amount.ToAvroDecimal(MoneyScale.Amount), cost_center = l.CostCenter,
        cost_center_name = l.CostCenterName, supplier_id = l.SupplierId, invoice_line_no = l.InvoiceLineNo, po_id = l.PoId, po_line_no = l.PoLineNo,
        budget_currency = l.BudgetCurrency, budget_amount = l.BudgetAmount.ToAvroDecimal(MoneyScale.Amount), budget_missing_reason = l.BudgetMissingReason, text = l.Text,
    };

    private static ControlTotal Record(Total total) => new() { count = total.Count, gross_amount = total.Gross.ToAvroDecimal(MoneyScale.Amount) };

    private static SupplierInvoiceKey Key(string invoiceId) => new() { invoice_id = invoiceId };
}
