using System.Collections.Concurrent;
using FinanceStreams.Host.Http;
using FinanceStreams.Topologies.Budget;

namespace FinanceStreams.IntegrationTests.Http;

/// <summary>Budget lookups a test sets per bucket; any other bucket is owned here and empty.</summary>
internal sealed class FakeBudgetQuery : IBudgetQuery
{
    private readonly ConcurrentDictionary<string, BudgetLookup> _lookups = new(StringComparer.Ordinal);

    public void Set(string costCenter, int year, int period, BudgetLookup lookup) => _lookups[Buckets.Key(costCenter, year, period)] = lookup;

    public BudgetLookup Find(string costCenter, int fiscalYear, int fiscalPeriod) =>
        _lookups.TryGetValue(Buckets.Key(costCenter, fiscalYear, fiscalPeriod), out var lookup) ? lookup : BudgetLookup.Local(null, []);
}
