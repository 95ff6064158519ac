namespace FinanceStreams.Host.Http;

/// <summary>A budget availability decision (domain.md §4) with the figures it was taken on.</summary>
public sealed record BudgetCheckResponse(
    string DocumentType,
    string DocumentId,
    string CostCenter,
    int FiscalYear,
    int FiscalPeriod,
    string Currency,
    decimal Amount,
    decimal Budget,
    decimal ConsumedBefore,
    decimal? Projected,
    decimal? AvailableAfter,
    decimal WarningThreshold,
    decimal Limit,
    string ControlLevel,
    string Decision,
    string Reason,
    string RuleVersion,
    DateTimeOffset DecidedAt,
    string AuditEventId);
