using System.Diagnostics.Metrics;
using finance.budget;

namespace FinanceStreams.Host.Http;

/// <summary>Instruments of the HTTP API, on the <see cref="MeterName"/> meter (exported at <c>/metrics</c>).</summary>
public static class ApiMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "FinanceStreams.Host.Http";

    private static readonly Meter _meter = new(MeterName);
    private static readonly Counter<long> _checks = _meter.CreateCounter<long>("finance.api.budget_checks", "{decision}", "Budget availability decisions given by the HTTP API.");

    /// <summary>Counts a decision given.</summary>
    public static void Decided(BudgetDecision decision) => _checks.Add(1, new KeyValuePair<string, object?>("decision", decision.ToString()));
}
