using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using finance.audit;
using finance.budget;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Host.Http;

/// <summary>The audit event of a budget check decided through the API: who (key id), what (document), the decision, the rule version, when.</summary>
public static class BudgetCheckAudit
{
    /// <summary>The event type.</summary>
    public const string EventType = "BUDGET_CHECK_DECIDED";

    /// <summary>The component recorded.</summary>
    public const string Component = "budget-api";

    /// <summary>The audit event of <paramref name="decision"/> asked by <paramref name="keyId"/> (a key id or token subject) at <paramref name="at"/>; <paramref name="requestId"/> is the trace id the client receives.</summary>
    public static AuditEvent Create(BudgetCheckDecision decision, string keyId, string ruleVersion, DateTimeOffset at, string requestId)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var check = decision.Check;
        var result = decision.Result;
        var entityType = check.DocumentType == BudgetDocumentType.REQUISITION ? "requisition" : "purchase_order";
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["actor"] = keyId,
            ["channel"] = "http",
            ["request_id"] = requestId,
            ["document_type"] = check.DocumentType.ToString(),
            ["decision"] = result.Decision.ToString(),
            ["reason"] = result.Reason,
            ["cost_center"] = decision.Bucket.CostCenter,
            ["fiscal_year"] = Text(decision.Bucket.FiscalYear),
            ["fiscal_period"] = Text(decision.Bucket.FiscalPeriod),
            ["currency"] = check.Currency,
            ["amount"] = Text(check.Amount),
            ["budget"] = Text(decision.Input.Budget),
            ["consumed_before"] = Text(decision.Input.ConsumedBefore),
            ["available_after"] = result.AvailableAfter is { } after ? Text(after) : string.Empty,
            ["limit"] = Text(result.Limit),
            ["recheck"] = decision.Document.Recheck ? "true" : "false",
            ["current_amount"] = decision.Document.CurrentAmount is { } current ? Text(current) : string.Empty,
        };
        var identity = string.Join('|', EventType, keyId, requestId, check.DocumentType, check.DocumentId, Text(check.Amount), result.Decision, Text(at.ToUnixTimeMilliseconds()));
        return new AuditEvent
        {
            event_id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32],
            event_type = EventType,
            entity_type = entityType,
            entity_id = check.DocumentId,
            component = Component,
            description = $"{check.DocumentType} {check.DocumentId} {(decision.Document.Recheck ? "re-checked" : "checked")} by '{keyId}': {result.Decision} ({result.Reason}).",
            rule_version = ruleVersion,
            attributes = attributes,
            event_time = at.ToAvroTimestamp(),
        };
    }

    private static string Text(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
