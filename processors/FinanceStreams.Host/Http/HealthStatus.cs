namespace FinanceStreams.Host.Http;

/// <summary>The answer of a health probe.</summary>
/// <param name="Status"><c>live</c> or <c>ready</c>.</param>
public sealed record HealthStatus(string Status);
