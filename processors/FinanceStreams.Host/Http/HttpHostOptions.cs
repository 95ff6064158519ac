namespace FinanceStreams.Host.Http;

/// <summary>Settings of the HTTP surface. Kestrel listens on 127.0.0.1 only; put a proxy in front to expose it.</summary>
/// <param name="ApiKeys">The API clients.</param>
/// <param name="RuleVersion">Version of the budget rules, reported with every decision (the budget topology's <c>BudgetOptions.RuleVersion</c>).</param>
public sealed record HttpHostOptions(ApiKeyStore ApiKeys, string RuleVersion)
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one (see <see cref="HttpHost.Address"/>).</summary>
    public int Port { get; init; } = 8080;

    /// <summary>
    /// This instance's address as the other instances and clients reach it (announced for forwarding and sent in
    /// <c>X-Finance-Streams-Served-By</c>); null: <c>http://127.0.0.1:{port}/</c>. Never taken from a request's Host header.
    /// </summary>
    public Uri? PublicUrl { get; init; }

    /// <summary>The only scheme requests are forwarded over to the announced owner of a bucket (<c>http</c> or <c>https</c>).</summary>
    public string ForwardScheme { get; init; } = Uri.UriSchemeHttp;

    /// <summary>Requests one API key (or token subject) may make per <see cref="RateLimitWindow"/>.</summary>
    public int RateLimitPermits { get; init; } = 600;

    /// <summary>The fixed window of the per-key rate limit.</summary>
    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests without valid credentials one client address may make to a protected endpoint per <see cref="FailedAuthWindow"/>.</summary>
    public int FailedAuthPermits { get; init; } = 10;

    /// <summary>The fixed window of the failed-authentication limit.</summary>
    public TimeSpan FailedAuthWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Largest request body accepted (413 beyond); a budget check is about 200 bytes.</summary>
    public int MaxBodyBytes { get; init; } = 4 * 1024;

    /// <summary>Largest total size of the request headers the API answers (431 beyond).</summary>
    public int MaxHeaderBytes { get; init; } = 16 * 1024;

    /// <summary>Longest request target (path and query) the API answers (414 beyond).</summary>
    public int MaxUrlLength { get; init; } = 2 * 1024;

    /// <summary>Grace period after which a request body must arrive at 240 bytes/s at least (408 below).</summary>
    public TimeSpan BodyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Partitions of the bucket store; an instance that holds none of them is not ready.</summary>
    public int BucketPartitions { get; init; } = FinanceStreams.Contracts.Catalog.Topics.Partitions;

    /// <summary>OAuth2 bearer tokens (JWT) accepted beside the API keys; null: API keys only.</summary>
    public JwtSettings? Jwt { get; init; }

    /// <summary>Log requests' errors and the listening address to the console.</summary>
    public bool ConsoleLogging { get; init; }

    /// <summary>An extra log destination (tests read what is logged).</summary>
    public ILoggerProvider? LoggerProvider { get; init; }

    /// <summary>
    /// Options from <paramref name="section"/>: <c>Port</c>, <c>PublicUrl</c>, <c>ForwardScheme</c>, <c>ConsoleLogging</c>,
    /// <c>RateLimit:Permits</c>, <c>RateLimit:WindowSeconds</c>, <c>FailedAuthLimit:Permits</c>, <c>FailedAuthLimit:WindowSeconds</c>,
    /// <c>MaxBodyBytes</c>, <c>BodyTimeoutSeconds</c>, <c>Jwt</c> (see <see cref="JwtSettings"/>) and <c>ApiKeys</c> (see <see cref="ApiKeyStore"/>);
    /// <paramref name="ruleVersion"/> comes from the topology's options.
    /// </summary>
    public static HttpHostOptions FromConfiguration(IConfiguration section, string ruleVersion)
    {
        ArgumentNullException.ThrowIfNull(section);
        var defaults = new HttpHostOptions(new ApiKeyStore([]), ruleVersion);
        var publicUrl = section["PublicUrl"];
        return new HttpHostOptions(ApiKeyStore.FromConfiguration(section), ruleVersion)
        {
            Port = section.GetValue("Port", defaults.Port),
            PublicUrl = string.IsNullOrWhiteSpace(publicUrl) ? null : new Uri(publicUrl, UriKind.Absolute),
            ForwardScheme = section.GetValue("ForwardScheme", defaults.ForwardScheme)!,
            RateLimitPermits = section.GetValue("RateLimit:Permits", defaults.RateLimitPermits),
            RateLimitWindow = TimeSpan.FromSeconds(section.GetValue("RateLimit:WindowSeconds", defaults.RateLimitWindow.TotalSeconds)),
            FailedAuthPermits = section.GetValue("FailedAuthLimit:Permits", defaults.FailedAuthPermits),
            FailedAuthWindow = TimeSpan.FromSeconds(section.GetValue("FailedAuthLimit:WindowSeconds", defaults.FailedAuthWindow.TotalSeconds)),
            MaxBodyBytes = section.GetValue("MaxBodyBytes", defaults.MaxBodyBytes),
            BodyTimeout = TimeSpan.FromSeconds(section.GetValue("BodyTimeoutSeconds", defaults.BodyTimeout.TotalSeconds)),
            Jwt = JwtSettings.FromConfiguration(section.GetSection("Jwt")),
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
        ArgumentOutOfRangeException.ThrowIfLessThan(FailedAuthPermits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(FailedAuthWindow, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBodyBytes, 256);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxHeaderBytes, 1024);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxUrlLength, 256);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(BodyTimeout, TimeSpan.FromSeconds(1));
        ArgumentOutOfRangeException.ThrowIfLessThan(BucketPartitions, 1);
        if (ForwardScheme is not ("http" or "https"))
        {
            throw new ArgumentException($"ForwardScheme must be http or https, not '{ForwardScheme}'.", nameof(ForwardScheme));
        }

        if (PublicUrl is { } url && (!url.IsAbsoluteUri || url.Scheme != ForwardScheme || url.AbsolutePath != "/" || url.Query.Length > 0 || url.UserInfo.Length > 0))
        {
            throw new ArgumentException($"PublicUrl must be a {ForwardScheme}:// base address without path, query or user info.", nameof(PublicUrl));
        }

        return this;
    }
}
