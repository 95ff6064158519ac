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
            .WithName("checkBudget")
            .WithSummary("Decide a requisition's or purchase order's budget availability.")
            .WithDescription("Naming a document already counted in the bucket re-checks it: its type and bucket must match (else 409), and the answer gives its current amount.")
            .WithTags("budgets")
            .RequireAuthorization(ApiScopes.BudgetsCheck)
            .RequireRateLimiting(ApiRateLimiting.PerApiKey)
            .Accepts<BudgetCheckRequest>("application/json")
            .Produces<BudgetCheckResponse>()
            .Problems(isProtected: true, 408, 409, 413, 415, 421, 422, 503);
    }

    private static async Task<IResult> PostAsync(HttpContext context, ApiReadiness readiness, IBudgetQuery budgets, IAuditSink audit, TimeProvider time, HttpHostOptions options, InstanceAddress self, ILoggerFactory logs, Ownership.BudgetForwarder forwarder, CancellationToken cancel)
    {
        var (body, unreadable) = await BudgetCheckBody.ReadAsync(context, options, cancel).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var (check, errors) = BudgetCheckJson.Parse(body);
        if (check is null)
        {
            return ApiProblems.Invalid(errors);
        }

        if (readiness.NotReadyReason() is { } reason)
        {
            return ApiProblems.NotReady(context, reason);
        }

        var bucket = Buckets.Key(check.CostCenter, check.Date);
        var lookup = budgets.Find(check.CostCenter, check.Date.Year, check.Date.Month);
        if (lookup.Kind != BudgetLookupKind.Found)
        {
            return lookup.Kind == BudgetLookupKind.NotLocal
                ? await forwarder.TryForwardAsync(context, lookup.OwnerUrl, body, cancel).ConfigureAwait(false) ?? ApiProblems.Misdirected(bucket, lookup, self)
                : ApiProblems.Invalid(new Dictionary<string, string[]> { ["costCenter"] = [$"No budget figures for bucket {bucket}."] }, StatusCodes.Status422UnprocessableEntity);
        }

        var budgetCurrency = lookup.Figures!.Settings.Currency;
        if (!string.Equals(check.Currency, budgetCurrency, StringComparison.Ordinal))
        {
            var message = $"The budget of {bucket} is in {budgetCurrency}; {ConversionNotSupported}.";
            return ApiProblems.Invalid(new Dictionary<string, string[]> { ["currency"] = [message] }, StatusCodes.Status422UnprocessableEntity, ConversionNotSupported);
        }

        var known = await DocumentSearch.FindAsync(context, check.DocumentId, budgets, forwarder, cancel).ConfigureAwait(false);
        if (known.Elsewhere.Count > 0)
        {
            return ApiProblems.DocumentsUnsearchable(context, check.DocumentId, known);
        }

        var document = DocumentCheck.Of(check, lookup, known.Documents);
        if (document.Conflict is { } conflict)
        {
            return ApiProblems.DocumentConflict(conflict);
        }

        var decision = BudgetCheckDecision.Decide(check, lookup, document);
        var at = time.GetUtcNow();
        var traceId = RequestTrace.Id(context);
        var auditEvent = BudgetCheckAudit.Create(decision, ClientIdentity.Actor(context.User), options.RuleVersion, at, traceId);
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
        return Results.Ok(Response(decision, options.RuleVersion, at, auditEvent.event_id, traceId));
    }

    private static BudgetCheckResponse Response(BudgetCheckDecision decision, string ruleVersion, DateTimeOffset at, string auditEventId, string traceId)
    {
        var (check, bucket, input, result, document) = decision;
        return new(
            check.DocumentType.ToString(), check.DocumentId, bucket.CostCenter, bucket.FiscalYear, bucket.FiscalPeriod, check.Currency,
            input.Amount!.Value, input.Budget, input.ConsumedBefore, result.Projected, result.AvailableAfter, result.WarningThreshold, result.Limit,
            input.Control.ControlLevel.ToString(), result.Decision.ToString(), result.Reason, document.Recheck, document.CurrentAmount, ruleVersion, at, auditEventId, traceId);
    }
}
