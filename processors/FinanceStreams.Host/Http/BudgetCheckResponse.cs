using System.ComponentModel;

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
    [property: Description("Consumed in the bucket without the checked document's own current amount.")] decimal ConsumedBefore,
    decimal? Projected,
    decimal? AvailableAfter,
    decimal WarningThreshold,
    decimal Limit,
    string ControlLevel,
    string Decision,
    string Reason,
    [property: Description("True when documentId names a document already counted in the bucket: the check replaces its current amount.")] bool Recheck,
    [property: Description("The re-checked document's current counted amount (budget currency); null for a new document.")] decimal? CurrentAmount,
    string RuleVersion,
    DateTimeOffset DecidedAt,
    string AuditEventId,
    [property: Description("The request's trace id; the audit event records it as request_id.")] string TraceId);
