using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Rows;
using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Messages;

/// <summary>
/// What one document line contributes to its bucket, in document currency, as its document stage
/// derived it. The bucket stage converts it to budget currency.
/// </summary>
[MessagePackObject]
public sealed record Contribution(
    [property: Key(0)] BudgetItemKind Kind,
    [property: Key(1)] string DocumentId,
    [property: Key(2)] string Currency,
    [property: Key(3)] decimal Amount,
    [property: Key(4)] DateOnly? RateDate,
    [property: Key(5)] long EventTimeMs,
    [property: Key(6)] string? Exception,
    [property: Key(7)] CheckRequest? Check,
    [property: Key(8)] IReadOnlyList<SourceRef> Lineage)
{
    /// <summary>True when both say the same about the bucket (lineage aside).</summary>
    public bool SameFigures(Contribution? other) =>
        other is not null && Kind == other.Kind && DocumentId == other.DocumentId && Currency == other.Currency && Amount == other.Amount
        && RateDate == other.RateDate && Exception == other.Exception && Check == other.Check;
}
