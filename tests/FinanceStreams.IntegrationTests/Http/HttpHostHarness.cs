using System.Net.Http.Json;
using System.Text.Json;
using FinanceStreams.Host.Http;
using Microsoft.Extensions.Time.Testing;

namespace FinanceStreams.IntegrationTests.Http;

/// <summary>A real <see cref="HttpHost"/> on a free loopback port, with fakes behind it and clients per API key.</summary>
internal sealed class HttpHostHarness : IAsyncDisposable
{
    public const string ReaderSecret = "reader-secret";
    public const string CheckerSecret = "checker-secret";
    public const string NoScopeSecret = "no-scope-secret";
    public const string MetricsSecret = "metrics-secret";
    public const string RuleVersion = "budget-rules/test";

    private readonly List<HttpClient> _clients = [];

    private HttpHostHarness(int permits, Func<HttpHostOptions, HttpHostOptions>? configure)
    {
        var keys = new ApiKeyStore(
        [
            ApiKeyStore.Key("reader", ReaderSecret, ApiScopes.BudgetsRead),
            ApiKeyStore.Key("portal", CheckerSecret, ApiScopes.BudgetsRead, ApiScopes.BudgetsCheck),
            ApiKeyStore.Key("nobody", NoScopeSecret),
            ApiKeyStore.Key("prometheus", MetricsSecret, ApiScopes.MetricsRead),
        ]);
        var options = new HttpHostOptions(keys, RuleVersion)
        {
            Port = 0,
            RateLimitPermits = permits,
            RateLimitWindow = TimeSpan.FromMinutes(10),
            FailedAuthPermits = 1_000,
            Jwt = TestTokens.Settings,
            LoggerProvider = Logs,
        };
        Options = configure?.Invoke(options) ?? options;
        Host = new HttpHost(Options, Readiness, Budgets, Audit, Time, Broker);
    }

    public HttpHost Host { get; }

    public HttpHostOptions Options { get; }

    public FakeReadiness Readiness { get; } = new() { IsReady = true };

    public FakeBudgetQuery Budgets { get; } = new();

    public FakeBrokerProbe Broker { get; } = new();

    public InMemoryAuditSink Audit { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 15, 10, 0, 0, TimeSpan.Zero));

    public int Port => Host.Address!.Port;

    public static async Task<HttpHostHarness> StartAsync(int permits = 1_000, Func<HttpHostOptions, HttpHostOptions>? configure = null)
    {
        var harness = new HttpHostHarness(permits, configure);
        await harness.Host.StartAsync();
        return harness;
    }

    public static object Body(string type = "PURCHASE_ORDER", string id = "PO-1", decimal amount = 100m, string currency = "EUR", string date = "2025-03-20") =>
        new { documentType = type, documentId = id, costCenter = BucketData.CostCenter, date, currency, amount };

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public HttpClient Client(string? secret = null)
    {
        var client = new HttpClient { BaseAddress = Host.Address, Timeout = TimeSpan.FromSeconds(30) };
        if (secret is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, secret);
        }

        _clients.Add(client);
        return client;
    }

    public HttpClient BearerClient(string token)
    {
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task<HttpResponseMessage> CheckAsync(object body, string secret = CheckerSecret) =>
        Client(secret).PostAsJsonAsync("api/v1/budget-checks", body);

    public Task<HttpResponseMessage> CheckRawAsync(string json, string contentType = "application/json", string secret = CheckerSecret)
    {
        var content = new StringContent(json);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        return Client(secret).PostAsync("api/v1/budget-checks", content);
    }

    public Task<HttpResponseMessage> BudgetAsync(string secret = ReaderSecret, string path = $"{BucketData.CostCenter}/2025/3") =>
        Client(secret).GetAsync($"api/v1/budgets/{path}");

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Host.DisposeAsync();
    }
}
