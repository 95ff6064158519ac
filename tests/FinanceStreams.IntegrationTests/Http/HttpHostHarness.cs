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
    public const string RuleVersion = "budget-rules/test";

    private readonly List<HttpClient> _clients = [];

    private HttpHostHarness(int permits)
    {
        var keys = new ApiKeyStore(
        [
            ApiKeyStore.Key("reader", ReaderSecret, ApiScopes.BudgetsRead),
            ApiKeyStore.Key("portal", CheckerSecret, ApiScopes.BudgetsRead, ApiScopes.BudgetsCheck),
            ApiKeyStore.Key("nobody", NoScopeSecret),
        ]);
        var options = new HttpHostOptions(keys, RuleVersion) { Port = 0, RateLimitPermits = permits, RateLimitWindow = TimeSpan.FromMinutes(10) };
        Host = new HttpHost(options, Readiness, Budgets, Audit, Time);
    }

    public HttpHost Host { get; }

    public FakeReadiness Readiness { get; } = new() { IsReady = true };

    public FakeBudgetQuery Budgets { get; } = new();

    public InMemoryAuditSink Audit { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 15, 10, 0, 0, TimeSpan.Zero));

    public static async Task<HttpHostHarness> StartAsync(int permits = 1_000)
    {
        var harness = new HttpHostHarness(permits);
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

    public Task<HttpResponseMessage> CheckAsync(object body, string secret = CheckerSecret) =>
        Client(secret).PostAsJsonAsync("api/v1/budget-checks", body);

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
