using finance.budget;

namespace FinanceStreams.Tests.Property;

/// <summary>What the oracle expects of one bucket.</summary>
internal sealed record ExpectedBucket(
    string Currency,
    decimal Budget,
    decimal PreCommitment,
    decimal Commitment,
    decimal Actual,
    decimal Consumed,
    decimal Available,
    decimal? Utilization,
    decimal WarningThreshold,
    decimal Limit,
    BudgetStatus Status,
    int DocumentCount,
    int PendingCount,
    int ExceptionCount);
