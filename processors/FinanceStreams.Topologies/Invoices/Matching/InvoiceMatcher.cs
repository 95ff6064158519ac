using finance.erp;
using finance.matching;
using finance.procurement;
using FinanceStreams.Topologies.Invoices.Posting;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Matching;

/// <summary>
/// Two/three-way match of one invoice against its purchase order file (domain.md §6). Pure: the
/// result depends only on the file's current content, so re-evaluating after any change of the
/// invoice, its lines, PO, PO lines, receipts or supplier gives the batch result.
/// </summary>
public static class InvoiceMatcher
{
    /// <summary>Price tolerance: this share of the PO value of the invoiced quantity...</summary>
    public const decimal PriceTolerancePct = 2m;

    /// <summary>...but at most this amount.</summary>
    public const decimal PriceToleranceCap = 50.00m;

    /// <summary>Tolerance of the header totals against the lines.</summary>
    public const decimal AmountTolerance = 0.01m;

    private static readonly HashSet<MatchReason> WaitingReasons = [MatchReason.PO_LINE_NOT_FOUND, MatchReason.NOT_RECEIVED];

    /// <summary>Evaluates <paramref name="invoice"/>, one of the invoices of <paramref name="file"/>.</summary>
    public static InvoiceEvaluation Evaluate(PurchaseOrderFile file, InvoiceBundle invoice)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(invoice);
        var header = invoice.Header;
        var lineage = Lineage(file, invoice);
        if (header.Status == SupplierInvoiceStatus.CANCELLED)
        {
            return new(header, MatchOutcome.Cancelled, [], null, null, lineage);
        }

        if (invoice.Verdict is { IsDuplicate: true } verdict)
        {
            return new(header, MatchOutcome.Duplicate, [], verdict, null, lineage);
        }

        var findings = new List<Finding>();
        if (header.PoId is null)
        {
            findings.Add(new(MatchReason.NO_PURCHASE_ORDER, Detail: "the invoice references no purchase order"));
        }

        if (invoice.Supplier is null || invoice.Supplier.Status == SupplierStatus.BLOCKED)
        {
            findings.Add(new(MatchReason.SUPPLIER_BLOCKED, Detail: invoice.Supplier is null ? $"supplier {header.SupplierId} is unknown" : $"supplier {header.SupplierId} is blocked"));
        }

        foreach (var line in invoice.Lines.OrderBy(l => l.LineNo))
        {
            findings.AddRange(CheckLine(file, invoice, line));
        }

        findings.AddRange(CheckAmounts(invoice));
        var outcome = findings.Count == 0 ? MatchOutcome.Matched
            : findings.All(f => WaitingReasons.Contains(f.Reason)) ? MatchOutcome.Waiting
            : MatchOutcome.Unmatched;
        return new(header, outcome, findings, null, outcome == MatchOutcome.Matched ? Draft(file, invoice) : null, lineage);
    }

    private static IEnumerable<Finding> CheckLine(PurchaseOrderFile file, InvoiceBundle invoice, InvoiceLineRow line)
    {
        var header = invoice.Header;
        if (line.PoLineNo is not { } poLineNo)
        {
            yield return new(MatchReason.NO_PURCHASE_ORDER, line.LineNo, Detail: "the line references no purchase order line");
            yield break;
        }

        if (header.PoId is null)
        {
            yield break;
        }

        if (invoice.PoOf(line) != header.PoId)
        {
            yield return new(MatchReason.PO_LINE_NOT_FOUND, line.LineNo, poLineNo, $"the line references PO {line.PoId}, the invoice PO {header.PoId}");
            yield break;
        }

        if (file.Order is not { } order || !file.Lines.TryGetValue(poLineNo, out var poLine))
        {
            yield return new(MatchReason.PO_LINE_NOT_FOUND, line.LineNo, poLineNo, file.Order is null ? $"PO {header.PoId} not found" : $"PO {header.PoId} has no line {poLineNo}");
            yield break;
        }

        if (order.SupplierId != header.SupplierId)
        {
            yield return new(MatchReason.SUPPLIER_MISMATCH, line.LineNo, poLineNo, $"PO supplier {order.SupplierId}, invoice supplier {header.SupplierId}");
        }

        if (order.Currency != header.Currency)
        {
            yield return new(MatchReason.CURRENCY_MISMATCH, line.LineNo, poLineNo, $"PO currency {order.Currency}, invoice currency {header.Currency}");
        }

        if (order.Status == PurchaseOrderStatus.CANCELLED)
        {
            yield return new(MatchReason.PO_CANCELLED, line.LineNo, poLineNo, $"PO {order.PoId} is cancelled");
        }

        var variance = (line.UnitPrice - poLine.UnitPrice) * line.Quantity;
        var tolerance = Math.Min(PriceTolerancePct / 100m * poLine.UnitPrice * line.Quantity, PriceToleranceCap);
        if (variance > tolerance)
        {
            yield return new(MatchReason.PRICE_VARIANCE, line.LineNo, poLineNo, $"variance {variance:0.####} exceeds tolerance {tolerance:0.####}");
        }

        var invoiced = file.Invoiced(poLineNo);
        if (invoiced > poLine.Quantity)
        {
            yield return new(MatchReason.QUANTITY_EXCEEDS_ORDER, line.LineNo, poLineNo, $"invoiced {invoiced:0.####} of {poLine.Quantity:0.####} ordered");
        }

        var received = file.Received(poLineNo);
        if (invoiced > received)
        {
            yield return new(MatchReason.NOT_RECEIVED, line.LineNo, poLineNo, $"invoiced {invoiced:0.####}, received {received:0.####}");
        }
    }

    private static IEnumerable<Finding> CheckAmounts(InvoiceBundle invoice)
    {
        var header = invoice.Header;
        var lines = invoice.Lines.Sum(l => l.Amount);
        if (Math.Abs(lines - header.NetAmount) > AmountTolerance || Math.Abs(header.NetAmount + header.TaxAmount - header.GrossAmount) > AmountTolerance)
        {
            yield return new(MatchReason.AMOUNT_INCONSISTENT, Detail: $"lines {lines:0.00}, net {header.NetAmount:0.00}, tax {header.TaxAmount:0.00}, gross {header.GrossAmount:0.00}");
        }
    }

    private static PostingDraft Draft(PurchaseOrderFile file, InvoiceBundle invoice)
    {
        var header = invoice.Header;
        var supplier = invoice.Supplier!;
        var lines = invoice.Lines.OrderBy(l => l.LineNo)
            .Select(l => (Line: l, PoLine: file.Lines[l.PoLineNo!.Value]))
            .Select(x => new DraftLine(x.Line.LineNo, x.PoLine.LineNo, x.PoLine.GlAccount, x.PoLine.CostCenter, x.PoLine.Description, x.Line.Amount))
            .ToList();
        var receipts = lines.Select(l => l.PoLineNo).Distinct().SelectMany(file.PostedReceipts).Select(r => r.ReceiptId).Distinct().Order(StringComparer.Ordinal).ToList();
        return new PostingDraft(header.InvoiceId, header.CompanyCode, header.InvoiceDate, header.SupplierInvoiceNumber, header.Currency,
            supplier.SupplierId, supplier.Name, supplier.TaxId, supplier.ApAccount ?? SupplierRow.DefaultApAccount, header.PoId!,
            receipts, lines, header.TaxAmount, header.GrossAmount);
    }

    private static List<SourceRef> Lineage(PurchaseOrderFile file, InvoiceBundle invoice)
    {
        var sources = new List<SourceRef> { invoice.Header.Source };
        sources.AddRange(invoice.Lines.Select(l => l.Source));
        if (invoice.Supplier is not null)
        {
            sources.Add(invoice.Supplier.Source);
        }

        if (file.Order is not null)
        {
            sources.Add(file.Order.Source);
        }

        var poLines = invoice.Lines.Where(l => l.PoLineNo is not null && invoice.PoOf(l) == file.PoId).Select(l => l.PoLineNo!.Value).ToHashSet();
        sources.AddRange(file.Lines.Values.Where(l => poLines.Contains(l.LineNo)).Select(l => l.Source));
        sources.AddRange(file.Receipts.Where(r => poLines.Contains(r.LineNo)).Select(r => r.Source));
        return sources;
    }
}
