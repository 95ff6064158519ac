using System.Text.RegularExpressions;
using finance.budget;
using finance.budgeting;
using finance.erp;
using finance.procurement;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Tests.Property;

/// <summary>
/// An independent, deliberately plain batch computation of domain.md §2–§3 over final table states:
/// loops over the rows, no code shared with the topology.
/// </summary>
internal static partial class BudgetOracle
{
    public static Dictionary<string, ExpectedBucket> Compute(FinalState s)
    {
        var acc = new Dictionary<string, Acc>();

        void Add(string cc, DateOnly date, string kind, string doc, string currency, decimal amount, bool exception = false)
        {
            if (!s.CostCenters.TryGetValue(cc, out var center))
            {
                return;
            }

            var key = $"{cc}|{date.Year:D4}|{date.Month:D2}";
            if (!acc.TryGetValue(key, out var a))
            {
                a = new Acc(center);
                acc[key] = a;
            }

            if (exception || (kind == "budget" && currency != center.budget_currency))
            {
                a.ExceptionDocs.Add(doc);
                return;
            }

            var converted = kind == "budget" ? amount : Convert(s, amount, currency, center.budget_currency, date);
            if (converted is null)
            {
                a.PendingDocs.Add(doc);
                return;
            }

            a.Docs.Add(doc);
            a.Sums[kind] = a.Sums.GetValueOrDefault(kind) + converted.Value;
        }

        foreach (var line in s.BudgetLines.Values.Where(l => l.status == BudgetLineStatus.APPROVED))
        {
            Add(line.cost_center, new DateOnly(line.fiscal_year, line.fiscal_period, 1), "budget", "BL:" + line.budget_line_id, line.currency, line.amount.ToDecimal());
        }

        foreach (var r in s.Requisitions.Values)
        {
            var open = r.status is RequisitionStatus.SUBMITTED or RequisitionStatus.APPROVED;
            var converted = s.PurchaseOrders.Values.Any(p => p.requisition_id == r.requisition_id && p.status is PurchaseOrderStatus.RELEASED or PurchaseOrderStatus.CLOSED);
            if (open && !converted)
            {
                Add(r.cost_center, DateOnly.FromDateTime(r.requested_at), "pre", "REQ:" + r.requisition_id, r.currency, r.amount.ToDecimal());
            }
        }

        var counting = CountingInvoices(s);
        var facts = new List<(SupplierInvoice Invoice, string PoId, int PoLine, decimal Amount)>();
        foreach (var l in s.InvoiceLines.Values)
        {
            if (counting.TryGetValue(l.invoice_id, out var inv) && l.po_line_no is { } poLine && (l.po_id ?? inv.po_id) is { } poId)
            {
                facts.Add((inv, poId, poLine, l.amount.ToDecimal()));
            }
        }

        foreach (var f in facts)
        {
            if (s.PurchaseOrders.TryGetValue(f.PoId, out var po) && s.PurchaseOrderLines.TryGetValue($"{f.PoId}|{f.PoLine}", out var pol))
            {
                Add(pol.cost_center, DateOnly.FromDateTime(f.Invoice.invoice_date), "actual", "INV:" + f.Invoice.invoice_id, f.Invoice.currency, f.Amount, exception: f.Invoice.currency != po.currency);
            }
        }

        foreach (var pol in s.PurchaseOrderLines.Values)
        {
            if (s.PurchaseOrders.TryGetValue(pol.po_id, out var po) && po.status == PurchaseOrderStatus.RELEASED)
            {
                var invoiced = facts.Where(f => f.PoId == pol.po_id && f.PoLine == pol.line_no && f.Invoice.currency == po.currency).Sum(f => f.Amount);
                Add(pol.cost_center, DateOnly.FromDateTime(po.order_date), "commit", "PO:" + po.po_id, po.currency, Math.Max(0m, pol.amount.ToDecimal() - invoiced));
            }
        }

        return acc.ToDictionary(kv => kv.Key, kv => kv.Value.Result());
    }

    public static string Normalize(string number)
    {
        var upper = number.ToUpperInvariant();
        var stripped = Digits().Replace(upper, m => m.Value.TrimStart('0') is { Length: > 0 } d ? d : "0");
        return NonAlphanumeric().Replace(stripped, string.Empty);
    }

    private static Dictionary<string, SupplierInvoice> CountingInvoices(FinalState s)
    {
        var live = s.Invoices.Values.Where(i => i.status != SupplierInvoiceStatus.CANCELLED).ToList();
        var result = new Dictionary<string, SupplierInvoice>();
        foreach (var group in live.GroupBy(i => (i.company_code, i.supplier_id, Normalize(i.supplier_invoice_number))))
        {
            var original = group.OrderBy(i => i.received_at).ThenBy(i => i.invoice_id, StringComparer.Ordinal).First();
            result[original.invoice_id] = original;
        }

        return result;
    }

    private static decimal? Convert(FinalState s, decimal amount, string from, string to, DateOnly date)
    {
        if (from == to)
        {
            return Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        }

        var usable = s.FxRates.Values.Where(r => DateOnly.FromDateTime(r.rate_date) <= date && r.rate.ToDecimal() != 0m).ToList();
        var direct = usable.Where(r => r.from_currency == from && r.to_currency == to).OrderByDescending(r => r.rate_date).FirstOrDefault();
        if (direct is not null)
        {
            return Math.Round(amount * direct.rate.ToDecimal(), 2, MidpointRounding.AwayFromZero);
        }

        var inverse = usable.Where(r => r.from_currency == to && r.to_currency == from).OrderByDescending(r => r.rate_date).FirstOrDefault();
        return inverse is null ? null : Math.Round(amount / inverse.rate.ToDecimal(), 2, MidpointRounding.AwayFromZero);
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    [GeneratedRegex("[^\\p{L}\\p{N}]")]
    private static partial Regex NonAlphanumeric();

    private sealed class Acc(CostCenter center)
    {
        public Dictionary<string, decimal> Sums { get; } = [];

        public HashSet<string> Docs { get; } = [];

        public HashSet<string> PendingDocs { get; } = [];

        public HashSet<string> ExceptionDocs { get; } = [];

        public ExpectedBucket Result()
        {
            var budget = Sums.GetValueOrDefault("budget");
            var pre = Sums.GetValueOrDefault("pre");
            var commit = Sums.GetValueOrDefault("commit");
            var actual = Sums.GetValueOrDefault("actual");
            var consumed = pre + commit + actual;
            var warning = Math.Round(budget * center.warning_pct.ToDecimal() / 100m, 2, MidpointRounding.AwayFromZero);
            var limit = Math.Round((budget * (1m + (center.tolerance_pct.ToDecimal() / 100m))) + center.tolerance_amount.ToDecimal(), 2, MidpointRounding.AwayFromZero);
            var status = center.control_level == ControlLevel.NONE ? BudgetStatus.UNCONTROLLED
                : consumed > limit ? BudgetStatus.EXCEEDED
                : consumed > 0m && consumed >= warning ? BudgetStatus.WARNING
                : BudgetStatus.OK;
            decimal? utilization = budget == 0m ? null : Math.Round(consumed / budget * 100m, 4, MidpointRounding.AwayFromZero);
            return new ExpectedBucket(center.budget_currency, budget, pre, commit, actual, consumed, budget - consumed, utilization, warning, limit, status, Docs.Count, PendingDocs.Count, ExceptionDocs.Count);
        }
    }
}
