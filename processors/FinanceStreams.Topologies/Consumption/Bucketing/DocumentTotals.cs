using finance.budget;
using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>One document's share of a bucket, summed over its items there (kept incrementally).</summary>
[MessagePackObject]
public sealed record DocumentTotals(
    [property: Key(0)] int Items,
    [property: Key(1)] int Counted,
    [property: Key(2)] int Pending,
    [property: Key(3)] int Exceptions,
    [property: Key(4)] int Unconverted,
    [property: Key(5)] decimal Converted,
    [property: Key(6)] int CheckItems,
    [property: Key(7)] decimal CheckAmount,
    [property: Key(8)] long CheckVersion,
    [property: Key(9)] BudgetDocumentType? CheckType,
    [property: Key(10)] string Currency,
    [property: Key(11)] string? PendingReason,
    [property: Key(12)] long EventTimeMs,
    [property: Key(13)] string? CheckDocumentId,
    [property: Key(14)] CheckedAgainst? Checked = null)
{
    /// <summary>No items.</summary>
    public static DocumentTotals Empty { get; } = new(0, 0, 0, 0, 0, 0m, 0, 0m, 0, null, string.Empty, null, 0, null, null);

    /// <summary>What a budget check looks at: when it changes, the document is checked again.</summary>
    [IgnoreMember]
    public string? CheckIdentity => CheckItems == 0 ? null : $"{Currency}|{CheckAmount}|{Pending > 0}|{Unconverted > 0}";
}
