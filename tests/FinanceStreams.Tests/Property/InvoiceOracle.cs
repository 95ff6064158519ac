using System.Text;
using finance.erp;
using finance.matching;
using finance.procurement;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Tests.Property;

/// <summary>What the batch computation expects of one invoice.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="Status">Its status.</param>
/// <param name="Reasons">The distinct failing reasons, in enum order (empty for MATCHED, DUPLICATE, CANCELLED).</param>
/// <param name="OriginalId">The original of an exact duplicate.</param>
/// <param name="PendingUntil">End of the grace period of a PENDING invoice.</param>
/// <param name="Balanced">Whether Σ line amounts + tax = gross exactly (a MATCHED invoice that is not gets no command: debits must equal credits).</param>
internal sealed record ExpectedInvoice(string InvoiceId, InvoiceMatchStatus Status, IReadOnlyList<MatchReason> Reasons, string? OriginalId, long? PendingUntil, bool Balanced)
{
    /// <summary>Whether the invoice, as it finally stands, must have been posted.</summary>
    public bool Postable => Status == InvoiceMatchStatus.MATCHED && Balanced;

    public override string ToString() =>
        $"{Status} [{string.Join(",", Reasons)}]{(OriginalId is null ? "" : $" original {OriginalId}")}{(PendingUntil is { } p ? $" until t+{p - Infrastructure.CdcHarness.BaseTime}" : "")}{(Status == InvoiceMatchStatus.MATCHED && !Balanced ? " (unbalanced: no command)" : "")}";
}

/// <summary>The batch computation's result: every invoice, and the suspected pairs as (earlier, later).</summary>
internal sealed record ExpectedInvoices(IReadOnlyDictionary<string, ExpectedInvoice> Invoices, IReadOnlySet<(string Earlier, string Later)> Suspected);

/// <summary>
/// An independent, deliberately plain batch computation of domain.md §5–§7 over table states: loops over
/// the rows, no code shared with the topology (the invoice-number normalization is written again here).
/// Readings where domain.md leaves room: a line whose PO line is not found gets no further line checks
/// (they compare against that line); a line's own po_id, when set, must be the invoice's PO (otherwise its PO
/// line is not found and it counts on no PO line); the grace period has passed when stream time ≥ received_at + 72 h.
/// </summary>
internal static class InvoiceOracle
{
    public const decimal PriceTolerancePct = 2m;
    public const decimal PriceToleranceCap = 50.00m;
    public const decimal AmountTolerance = 0.01m;
    public const decimal SuspectGrossPct = 1m;
    public const int SuspectMaxDays = 7;
    public static readonly TimeSpan GracePeriod = TimeSpan.FromHours(72);

    public static long EpochMs(DateTime timestamp) => new DateTimeOffset(DateTime.SpecifyKind(timestamp, DateTimeKind.Utc)).ToUnixTimeMilliseconds();

    /// <summary>Upper-case, every run of digits without leading zeros (a run of zeros is one zero), then only letters and digits.</summary>
    public static string Normalize(string number)
    {
        var upper = number.ToUpperInvariant();
        var result = new StringBuilder();
        var i = 0;
        while (i < upper.Length)
        {
            if (char.IsAsciiDigit(upper[i]))
            {
                var start = i;
                while (i < upper.Length && char.IsAsciiDigit(upper[i]))
                {
                    i++;
                }

                var digits = upper[start..i].TrimStart('0');
                result.Append(digits.Length == 0 ? "0" : digits);
            }
            else
            {
                if (char.IsLetterOrDigit(upper[i]))
                {
                    result.Append(upper[i]);
                }

                i++;
            }
        }

        return result.ToString();
    }

    /// <summary>The expected statuses and suspected pairs of every invoice of <paramref name="t"/> at stream time <paramref name="streamTime"/>.</summary>
    public static ExpectedInvoices Compute(InvoiceTables t, long streamTime)
    {
        // §5 exact duplicates: groups of non-cancelled invoices by company, supplier, normalized number
        var originalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var live = t.Invoices.Values.Where(i => i.status != SupplierInvoiceStatus.CANCELLED).ToList();
        foreach (var group in live.GroupBy(i => (i.company_code, i.supplier_id, Normalize(i.supplier_invoice_number))))
        {
            var original = group.OrderBy(i => EpochMs(i.received_at)).ThenBy(i => i.invoice_id, StringComparer.Ordinal).First();
            foreach (var invoice in group)
            {
                originalOf[invoice.invoice_id] = original.invoice_id;
            }
        }

        bool IsDuplicate(SupplierInvoice i) => originalOf.TryGetValue(i.invoice_id, out var o) && o != i.invoice_id;
        var counting = live.Where(i => !IsDuplicate(i)).ToList();

        List<SupplierInvoiceLine> LinesOf(string invoiceId) => [.. t.InvoiceLines.Values.Where(l => l.invoice_id == invoiceId).OrderBy(l => l.line_no)];

        // §6 invoiced quantity per PO line over every counting invoice; received quantity by POSTED receipts
        var invoiced = new Dictionary<(string, int), decimal>();
        foreach (var invoice in counting.Where(i => i.po_id is not null))
        {
            foreach (var line in LinesOf(invoice.invoice_id).Where(l => l.po_line_no is not null && (l.po_id is null || l.po_id == invoice.po_id)))
            {
                var key = (invoice.po_id!, line.po_line_no!.Value);
                invoiced[key] = invoiced.GetValueOrDefault(key) + line.quantity.ToDecimal();
            }
        }

        var received = new Dictionary<(string, int), decimal>();
        foreach (var receipt in t.Receipts.Values.Where(r => r.status == GoodsReceiptStatus.POSTED))
        {
            var key = (receipt.po_id, receipt.line_no);
            received[key] = received.GetValueOrDefault(key) + receipt.quantity.ToDecimal();
        }

        var expected = new Dictionary<string, ExpectedInvoice>(StringComparer.Ordinal);
        foreach (var invoice in t.Invoices.Values)
        {
            var lines = LinesOf(invoice.invoice_id);
            var balanced = lines.Sum(l => l.amount.ToDecimal()) + invoice.tax_amount.ToDecimal() == invoice.gross_amount.ToDecimal();
            if (invoice.status == SupplierInvoiceStatus.CANCELLED)
            {
                expected[invoice.invoice_id] = new(invoice.invoice_id, InvoiceMatchStatus.CANCELLED, [], null, null, balanced);
                continue;
            }

            if (IsDuplicate(invoice))
            {
                expected[invoice.invoice_id] = new(invoice.invoice_id, InvoiceMatchStatus.DUPLICATE, [], originalOf[invoice.invoice_id], null, balanced);
                continue;
            }

            var reasons = new HashSet<MatchReason>();
            if (invoice.po_id is null)
            {
                reasons.Add(MatchReason.NO_PURCHASE_ORDER);
            }

            if (!t.Suppliers.TryGetValue(invoice.supplier_id, out var supplier) || supplier.status == SupplierStatus.BLOCKED)
            {
                reasons.Add(MatchReason.SUPPLIER_BLOCKED);
            }

            foreach (var line in lines)
            {
                if (line.po_line_no is not { } poLineNo)
                {
                    reasons.Add(MatchReason.NO_PURCHASE_ORDER);
                    continue;
                }

                if (invoice.po_id is not { } poId)
                {
                    continue; // already NO_PURCHASE_ORDER
                }

                if ((line.po_id is not null && line.po_id != poId) || !t.Orders.TryGetValue(poId, out var order) || !t.OrderLines.TryGetValue((poId, poLineNo), out var poLine))
                {
                    reasons.Add(MatchReason.PO_LINE_NOT_FOUND);
                    continue;
                }

                if (order.supplier_id != invoice.supplier_id)
                {
                    reasons.Add(MatchReason.SUPPLIER_MISMATCH);
                }

                if (order.currency != invoice.currency)
                {
                    reasons.Add(MatchReason.CURRENCY_MISMATCH);
                }

                if (order.status == PurchaseOrderStatus.CANCELLED)
                {
                    reasons.Add(MatchReason.PO_CANCELLED);
                }

                var quantity = line.quantity.ToDecimal();
                var poPrice = poLine.unit_price.ToDecimal();
                var variance = (line.unit_price.ToDecimal() - poPrice) * quantity;
                var tolerance = Math.Min(PriceTolerancePct / 100m * poPrice * quantity, PriceToleranceCap);
                if (variance > tolerance)
                {
                    reasons.Add(MatchReason.PRICE_VARIANCE);
                }

                var total = invoiced.GetValueOrDefault((poId, poLineNo));
                if (total > poLine.quantity.ToDecimal())
                {
                    reasons.Add(MatchReason.QUANTITY_EXCEEDS_ORDER);
                }

                if (total > received.GetValueOrDefault((poId, poLineNo)))
                {
                    reasons.Add(MatchReason.NOT_RECEIVED);
                }
            }

            var net = invoice.net_amount.ToDecimal();
            if (Math.Abs(lines.Sum(l => l.amount.ToDecimal()) - net) > AmountTolerance || Math.Abs(net + invoice.tax_amount.ToDecimal() - invoice.gross_amount.ToDecimal()) > AmountTolerance)
            {
                reasons.Add(MatchReason.AMOUNT_INCONSISTENT);
            }

            var deadline = EpochMs(invoice.received_at) + (long)GracePeriod.TotalMilliseconds;
            var waiting = reasons.Count > 0 && reasons.All(r => r is MatchReason.PO_LINE_NOT_FOUND or MatchReason.NOT_RECEIVED);
            var status = reasons.Count == 0 ? InvoiceMatchStatus.MATCHED
                : waiting && streamTime < deadline ? InvoiceMatchStatus.PENDING
                : InvoiceMatchStatus.UNMATCHED;
            expected[invoice.invoice_id] = new(invoice.invoice_id, status, [.. reasons.Order()], null, status == InvoiceMatchStatus.PENDING ? deadline : null, balanced);
        }

        // §5 suspected duplicates among invoices that are neither cancelled nor exact duplicates
        var suspected = new HashSet<(string, string)>();
        foreach (var a in counting)
        {
            foreach (var b in counting)
            {
                var aDate = a.invoice_date.ToDateOnly();
                var bDate = b.invoice_date.ToDateOnly();
                var aFirst = aDate < bDate || (aDate == bDate && string.CompareOrdinal(a.invoice_id, b.invoice_id) < 0);
                if (!aFirst || a.company_code != b.company_code || a.supplier_id != b.supplier_id || a.currency != b.currency
                    || Normalize(a.supplier_invoice_number) == Normalize(b.supplier_invoice_number))
                {
                    continue;
                }

                var (ga, gb) = (a.gross_amount.ToDecimal(), b.gross_amount.ToDecimal());
                if (Math.Abs(ga - gb) <= Math.Max(Math.Abs(ga), Math.Abs(gb)) * SuspectGrossPct / 100m && bDate.DayNumber - aDate.DayNumber <= SuspectMaxDays)
                {
                    suspected.Add((a.invoice_id, b.invoice_id));
                }
            }
        }

        return new ExpectedInvoices(expected, suspected);
    }
}
