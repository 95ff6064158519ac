using System.Text.Json;
using FinanceStreams.Topologies.Budget;

namespace FinanceStreams.Host.Http;

/// <summary>
/// <c>POST /api/v1/budget-checks</c>: the budget availability decision of <c>BudgetCheckService</c> (the one the
/// topology uses) for a document, on this instance's bucket figures; every decision is audited before it is given.
/// </summary>
public static class BudgetCheckEndpoints
{
    /// <summary>The route.</summary>
    public const string Route = "/api/v1/budget-checks";

    /// <summary>The problem detail when the document's currency is not the budget's.</summary>
    public const string ConversionNotSupported = "currency conversion not supported by the API yet";

    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Route, PostAsync)
            .RequireAuthorization(ApiScopes.BudgetsCheck)
            .RequireRateLimiting(ApiRateLimiting.PerApiKey)
            .WithMetadata(new ApiOperation("checkBudget", "Decide a requisition's or purchase order's budget availability.", "budgets", [400, 401, 403, 421, 422, 429, 503])
            {
                Scope = ApiScopes.BudgetsCheck,
                Request = typeof(BudgetCheckRequest),
                Response = typeof(BudgetCheckResponse),
            });
    }

    private static async Task<IResult> PostAsync(HttpContext context, IReadiness readiness, IBudgetQuery budgets, IAuditSink audit, TimeProvider time, HttpHostOptions options, ILoggerFactory logs, Ownership.BudgetForwarder forwarder, CancellationToken cancel)
    {
        BudgetCheckRequest? request;
        try
        {
            request = await context.Request.ReadFromJsonAsync<BudgetCheckRequest>(cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return ApiProblems.Invalid(new Dictionary<string, string[]> { ["body"] = [$"Must be a JSON object (Content-Type application/json): {e.Message}"] });
        }

        var (check, errors) = RequestValidator.Check(request);
        if (check is null)
        {
            return ApiProblems.Invalid(errors);
        }

        if (!readiness.IsReady)
        {
            return ApiProblems.NotReady(context);
        }

        var bucket = Buckets.Key(check.CostCenter, check.Date);
        var lookup = budgets.Find(check.CostCenter, check.Date.Year, check.Date.Month);
        if (lookup.Kind != BudgetLookupKind.Found)
        {
            return lookup.Kind == BudgetLookupKind.NotLocal
                ? await forwarder.TryForwardAsync(context, lookup.OwnerUrl, BudgetEndpoints.Self(context), Ownership.BudgetForwarder.Json(request!), cancel).ConfigureAwait(false) ?? ApiProblems.Misdirected(bucket, lookup)
                : ApiProblems.Invalid(new Dictionary<string, string[]> { ["costCenter"] = [$"No budget figures for bucket {bucket}."] }, StatusCodes.Status422UnprocessableEntity);
        }

        var budgetCurrency = lookup.Figures!.Settings.Currency;
        if (!string.Equals(check.Currency, budgetCurrency, StringComparison.Ordinal))
        {
            var message = $"The budget of {bucket} is in {budgetCurrency}; {ConversionNotSupported}.";
            return ApiProblems.Invalid(new Dictionary<string, string[]> { ["currency"] = [message] }, StatusCodes.Status422UnprocessableEntity, ConversionNotSupported);
        }

        var decision = BudgetCheckDecision.Decide(check, lookup);
        var at = time.GetUtcNow();
        var auditEvent = BudgetCheckAudit.Create(decision, context.User.Identity?.Name ?? "unknown", options.RuleVersion, at, context.TraceIdentifier);
        try
        {
            await audit.RecordAsync(auditEvent, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            HttpLog.AuditFailed(logs.CreateLogger(typeof(BudgetCheckEndpoints)), e, auditEvent.event_id, check.DocumentType.ToString(), check.DocumentId);
            return ApiProblems.AuditUnavailable();
        }

        ApiMetrics.Decided(decision.Result.Decision);
        return Results.Ok(Response(decision, options.RuleVersion, at, auditEvent.event_id));
    }

    private static BudgetCheckResponse Response(BudgetCheckDecision decision, string ruleVersion, DateTimeOffset at, string auditEventId)
    {
        var (check, bucket, input, result) = decision;
        return new(
            check.DocumentType.ToString(), check.DocumentId, bucket.CostCenter, bucket.FiscalYear, bucket.FiscalPeriod, check.Currency,
            input.Amount!.Value, input.Budget, input.ConsumedBefore, result.Projected, result.AvailableAfter, result.WarningThreshold, result.Limit,
            input.Control.ControlLevel.ToString(), result.Decision.ToString(), result.Reason, ruleVersion, at, auditEventId);
    }
}
