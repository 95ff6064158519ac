using System.Text.Json.Serialization;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Budget;

/// <summary>
/// One document line's contribution to a budget bucket, in document currency; enriched on its way
/// with the cost center (<see cref="Settings"/>) and the converted amount (or a pending reason).
/// </summary>
public sealed record BudgetItem(
    string ItemId,
    BudgetItemKind Kind,
    string DocumentId,
    string CostCenter,
    int FiscalYear,
    int FiscalPeriod,
    DateOnly? RateDate,
    string Currency,
    decimal Amount,
    IReadOnlyList<SourceRef> Lineage)
{
    /// <summary>Why the item is not counted (BUDGET_CURRENCY_MISMATCH, CURRENCY_MISMATCH), or null.</summary>
    public string? Exception { get; init; }

    /// <summary>Set when the document asks for a budget check.</summary>
    public ItemCheck? Check { get; init; }

    /// <summary>The cost center it was evaluated with.</summary>
    public CostCenterSettings? Settings { get; init; }

    /// <summary>Amount in budget currency, rounded; null until converted.</summary>
    public decimal? Converted { get; init; }

    /// <summary>Why it cannot be converted yet (MISSING_FX_RATE), or null.</summary>
    public string? Pending { get; init; }

    /// <summary>The bucket key: cost center, fiscal year and period.</summary>
    [JsonIgnore]
    public string BucketKey => Buckets.Key(CostCenter, FiscalYear, FiscalPeriod);

    /// <summary>Counted in the figures: converted, not pending, no exception.</summary>
    [JsonIgnore]
    public bool Counts => Exception is null && Pending is null && Converted is not null;

    /// <summary>Latest event time of the source events it comes from.</summary>
    [JsonIgnore]
    public long EventTime => Lineage.Count == 0 ? 0 : Lineage.Max(s => s.TsMs);

    /// <summary>The same item with more lineage.</summary>
    public BudgetItem WithLineage(params SourceRef[] sources) => this with { Lineage = [.. Lineage, .. sources] };
}
