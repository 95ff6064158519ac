using finance.budget;
using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>A bucket's running figures in budget currency, kept incrementally from its items' evaluations.</summary>
[MessagePackObject]
public sealed record BucketTotals(
    [property: Key(0)] int Items,
    [property: Key(1)] decimal Budget,
    [property: Key(2)] decimal PreCommitment,
    [property: Key(3)] decimal Commitment,
    [property: Key(4)] decimal Actual,
    [property: Key(5)] int Documents,
    [property: Key(6)] int PendingDocuments,
    [property: Key(7)] int ExceptionDocuments,
    [property: Key(8)] long LastEventTimeMs,
    [property: Key(9)] BudgetStatus? PublishedStatus)
{
    /// <summary>A bucket without items.</summary>
    public static BucketTotals Empty { get; } = new(0, 0m, 0m, 0m, 0m, 0, 0, 0, 0, null);

    /// <summary>pre_commitment + commitment + actual.</summary>
    [IgnoreMember]
    public decimal Consumed => PreCommitment + Commitment + Actual;
}
