namespace FinanceStreams.Host.Http;

/// <summary>Settings of the HTTP surface. Kestrel listens on 127.0.0.1 only; put a proxy in front to expose it.</summary>
/// <param name="ApiKeys">The API clients.</param>
/// <param name="RuleVersion">Version of the budget rules, reported with every decision (the budget topology's <c>BudgetOptions.RuleVersion</c>).</param>
public sealed record HttpHostOptions(ApiKeyStore ApiKeys, string RuleVersion)
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one (see <see cref="HttpHost.Address"/>).</summary>
    public int Port { get; init; } = 8080;

    /// <summary>Requests one API key may make per <see cref="RateLimitWindow"/>.</summary>
    public int RateLimitPermits { get; init; } = 600;

    /// <summary>The fixed window of the per-key rate limit.</summary>
    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Log requests' errors and the listening address to the console.</summary>
    public bool ConsoleLogging { get; init; }

    /// <summary>
    /// Options from <paramref name="section"/>: <c>Port</c>, <c>ConsoleLogging</c>, <c>RateLimit:Permits</c>, <c>RateLimit:WindowSeconds</c>
    /// and <c>ApiKeys</c> (see <see cref="ApiKeyStore"/>); <paramref name="ruleVersion"/> comes from the topology's options.
    /// </summary>
    public static HttpHostOptions FromConfiguration(IConfiguration section, string ruleVersion)
    {
        ArgumentNullException.ThrowIfNull(section);
        var defaults = new HttpHostOptions(new ApiKeyStore([]), ruleVersion);
        return new HttpHostOptions(ApiKeyStore.FromConfiguration(section), ruleVersion)
        {
            Port = section.GetValue("Port", defaults.Port),
            RateLimitPermits = section.GetValue("RateLimit:Permits", defaults.RateLimitPermits),
            RateLimitWindow = TimeSpan.FromSeconds(section.GetValue("RateLimit:WindowSeconds", defaults.RateLimitWindow.TotalSeconds)),
            ConsoleLogging = section.GetValue("ConsoleLogging", defaults.ConsoleLogging),
        }.Validate();
    }

    /// <summary>This instance, or an exception naming the first invalid setting.</summary>
    public HttpHostOptions Validate()
    {
        ArgumentNullException.ThrowIfNull(ApiKeys);
        ArgumentException.ThrowIfNullOrWhiteSpace(RuleVersion);
        ArgumentOutOfRangeException.ThrowIfNegative(Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThan(RateLimitPermits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RateLimitWindow, TimeSpan.Zero);
        return this;
    }
}
