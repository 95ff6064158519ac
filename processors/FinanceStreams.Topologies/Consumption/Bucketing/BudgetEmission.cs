using finance.budget;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>One output of the bucket stage: a consumption (or its tombstone), an alert or a check, with its lineage.</summary>
public sealed record BudgetEmission(BudgetBucketKey? BucketKey, BudgetConsumption? Consumption, BudgetAlert? Alert, BudgetCheckKey? CheckKey, BudgetCheck? Check, IReadOnlyList<SourceRef> Lineage)
{
    /// <summary>A consumption record, null for a tombstone.</summary>
    public static BudgetEmission Of(BudgetBucketKey key, BudgetConsumption? value, IReadOnlyList<SourceRef> lineage) => new(key, value, null, null, null, lineage);

    /// <summary>An alert.</summary>
    public static BudgetEmission Of(BudgetBucketKey key, BudgetAlert value, IReadOnlyList<SourceRef> lineage) => new(key, null, value, null, null, lineage);

    /// <summary>A check.</summary>
    public static BudgetEmission Of(BudgetCheckKey key, BudgetCheck value, IReadOnlyList<SourceRef> lineage) => new(null, null, null, key, value, lineage);
}
