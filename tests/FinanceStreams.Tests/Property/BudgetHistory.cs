using finance.budget;
using finance.budgeting;
using finance.erp;
using finance.procurement;

namespace FinanceStreams.Tests.Property;

/// <summary>How the property tests deliver a history (shuffled, partly replayed) and judge the result.</summary>
internal static class BudgetHistory
{
    /// <summary>Shuffled, with about a fifth of the events delivered again at a random later point.</summary>
    internal static List<(CdcEvent Event, bool Tombstone)> Interleave(IReadOnlyList<CdcEvent> events, Random random)
    {
        var order = events.Select(e => (e, random.Next(2) == 0)).OrderBy(_ => random.Next()).ToList();
        foreach (var replay in events.Where(_ => random.Next(5) == 0).ToList())
        {
            order.Insert(random.Next(order.Count + 1), (replay, random.Next(2) == 0));
        }

        return order;
    }

    internal static FinalState Final(IReadOnlyList<CdcEvent> events)
    {
        var state = new FinalState();
        foreach (var last in events.GroupBy(e => (e.Table, e.Key)).Select(g => g.MaxBy(e => e.Lsn)!).Where(e => !e.Delete))
        {
            switch (last.Row)
            {
                case CostCenter r: state.CostCenters[last.Key] = r; break;
                case BudgetLine r: state.BudgetLines[last.Key] = r; break;
                case Requisition r: state.Requisitions[last.Key] = r; break;
                case PurchaseOrder r: state.PurchaseOrders[last.Key] = r; break;
                case PurchaseOrderLine r: state.PurchaseOrderLines[last.Key] = r; break;
                case SupplierInvoice r: state.Invoices[last.Key] = r; break;
                case SupplierInvoiceLine r: state.InvoiceLines[last.Key] = r; break;
                case FxRate r: state.FxRates[last.Key] = r; break;
            }
        }

        return state;
    }

    internal static string? Compare(Dictionary<string, ExpectedBucket> expected, IReadOnlyDictionary<string, BudgetConsumption> actual)
    {
        var missing = expected.Keys.Except(actual.Keys).ToList();
        var extra = actual.Keys.Except(expected.Keys).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            return $"buckets differ: missing [{string.Join(", ", missing)}], unexpected [{string.Join(", ", extra)}]";
        }

        var differing = expected.Select(e => (e.Key, Expected: e.Value, Actual: Figures(actual[e.Key]))).Where(b => b.Actual != b.Expected).ToList();
        if (differing.Count == 0)
        {
            return null;
        }

        var (key, wanted, got) = differing[0];
        var others = differing.Count == 1 ? "" : $" (and {differing.Count - 1} more of {expected.Count}: {string.Join(", ", differing.Skip(1).Take(10).Select(b => b.Key))})";
        return $"bucket {key}{others}:\n expected {wanted}\n actual   {got}";
    }

    private static ExpectedBucket Figures(BudgetConsumption a) =>
        new(a.currency, (decimal)a.budget, (decimal)a.pre_commitment, (decimal)a.commitment, (decimal)a.actual, (decimal)a.consumed,
            (decimal)a.available, a.utilization_pct is { } u ? (decimal)u : null, (decimal)a.warning_threshold, (decimal)a.limit, a.status,
            a.document_count, a.pending_document_count, a.exception_count);
}
