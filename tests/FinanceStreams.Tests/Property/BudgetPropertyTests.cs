using System.Globalization;
using finance.budget;
using finance.budgeting;
using finance.erp;
using finance.procurement;
using FinanceStreams.Tests.Infrastructure;

namespace FinanceStreams.Tests.Property;

/// <summary>
/// The central property (domain.md §3): after all events, every bucket equals the batch
/// computation over the final table states, whatever the order, duplication or replay of events.
/// Set BUDGET_PROPERTY_SEED to replay one failing seed.
/// </summary>
public sealed class BudgetPropertyTests
{
    private const int Histories = 200;

    [Fact]
    public void Consumption_RandomHistoriesShuffledWithReplays_EqualsBatchOverFinalState()
    {
        var single = Environment.GetEnvironmentVariable("BUDGET_PROPERTY_SEED");
        var seeds = single is null ? Enumerable.Range(1, Histories) : [int.Parse(single, CultureInfo.InvariantCulture)];
        var seen = new List<ExpectedBucket>();
        foreach (var seed in seeds)
        {
            var failure = Run(seed, seen);
            Assert.True(failure is null, $"seed {seed} (rerun with BUDGET_PROPERTY_SEED={seed}): {failure}");
        }

        if (single is null)
        {
            // the histories must exercise every figure, or the property proves little
            Assert.True(seen.Count > Histories, $"only {seen.Count} buckets");
            Assert.Contains(seen, b => b.Budget != 0m);
            Assert.Contains(seen, b => b.PreCommitment != 0m);
            Assert.Contains(seen, b => b.Commitment != 0m);
            Assert.Contains(seen, b => b.Actual != 0m);
            Assert.Contains(seen, b => b.PendingCount > 0);
            Assert.Contains(seen, b => b.ExceptionCount > 0);
            Assert.Equal(4, seen.Select(b => b.Status).Distinct().Count());
        }
    }

    private static string? Run(int seed, List<ExpectedBucket> seen)
    {
        var random = new Random(seed);
        var events = new HistoryGenerator(random).Generate();
        var expected = BudgetOracle.Compute(Final(events));
        seen.AddRange(expected.Values);
        using var sut = new BudgetHarness();
        foreach (var (e, tombstone) in Interleave(events, random))
        {
            if (e.Delete)
            {
                sut.Delete(e.Row, e.Lsn, tombstone);
            }
            else
            {
                sut.Put(e.Row, e.Lsn, random.Next(4) == 0 ? DebeziumOpRead : FinanceStreams.Contracts.Cdc.DebeziumOp.Update);
            }
        }

        return Compare(expected, sut.Consumption());
    }

    private static readonly FinanceStreams.Contracts.Cdc.DebeziumOp DebeziumOpRead = FinanceStreams.Contracts.Cdc.DebeziumOp.Read;

    /// <summary>Shuffled, with about a fifth of the events delivered again at a random later point.</summary>
    private static List<(CdcEvent Event, bool Tombstone)> Interleave(IReadOnlyList<CdcEvent> events, Random random)
    {
        var order = events.Select(e => (e, random.Next(2) == 0)).OrderBy(_ => random.Next()).ToList();
        foreach (var replay in events.Where(_ => random.Next(5) == 0).ToList())
        {
            order.Insert(random.Next(order.Count + 1), (replay, random.Next(2) == 0));
        }

        return order;
    }

    private static FinalState Final(IReadOnlyList<CdcEvent> events)
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

    private static string? Compare(Dictionary<string, ExpectedBucket> expected, IReadOnlyDictionary<string, BudgetConsumption> actual)
    {
        var missing = expected.Keys.Except(actual.Keys).ToList();
        var extra = actual.Keys.Except(expected.Keys).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            return $"buckets differ: missing [{string.Join(", ", missing)}], unexpected [{string.Join(", ", extra)}]";
        }

        foreach (var (key, e) in expected)
        {
            var a = actual[key];
            var got = new ExpectedBucket(a.currency, (decimal)a.budget, (decimal)a.pre_commitment, (decimal)a.commitment, (decimal)a.actual, (decimal)a.consumed,
                (decimal)a.available, a.utilization_pct is { } u ? (decimal)u : null, (decimal)a.warning_threshold, (decimal)a.limit, a.status,
                a.document_count, a.pending_document_count, a.exception_count);
            if (got != e)
            {
                return $"bucket {key}:\n expected {e}\n actual   {got}";
            }
        }

        return null;
    }
}
