using System.Net;
using System.Net.Http.Json;
using FinanceStreams.Host.Http;
using FinanceStreams.Host.Http.Ownership;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class InstanceAddressTests
{
    private static readonly Uri _configured = new("http://budget-1.internal:8080/");

    [Fact]
    public async Task ServedBy_EvilHostHeader_NamesTheConfiguredAddress()
    {
        await using var sut = await HttpHostHarness.StartAsync(configure: o => o with { PublicUrl = _configured });
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BucketData.Lookup(consumed: 500m));

        var response = await RawHttp.SendAsync(sut.Port, RawHttp.Head("GET", $"/api/v1/budgets/{BucketData.CostCenter}/2025/3", "X-Api-Key: " + HttpHostHarness.ReaderSecret).Replace("Host: 127.0.0.1", "Host: evil.example.com:666", StringComparison.Ordinal));

        Assert.Equal(200, response.Status);
        Assert.Equal(_configured.ToString(), response.Headers[BudgetForwarder.ServedByHeader]);
        Assert.DoesNotContain("evil", string.Join(" ", response.Headers.Values) + response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServedBy_NoPublicUrl_NamesTheListeningAddressNotTheHostHeader()
    {
        await using var sut = await HttpHostHarness.StartAsync();

        var response = await RawHttp.SendAsync(sut.Port, RawHttp.Head("GET", "/health/live").Replace("Host: 127.0.0.1", "Host: evil.example.com:666", StringComparison.Ordinal));

        Assert.Equal(sut.Host.Address!.ToString(), response.Headers[BudgetForwarder.ServedByHeader]);
    }

    [Fact]
    public async Task OpenApi_EvilHostHeader_ServersNameTheConfiguredAddress()
    {
        await using var sut = await HttpHostHarness.StartAsync(configure: o => o with { PublicUrl = _configured });

        var response = await RawHttp.SendAsync(sut.Port, RawHttp.Head("GET", "/openapi/v1.json").Replace("Host: 127.0.0.1", "Host: evil.example.com:666", StringComparison.Ordinal));

        Assert.Equal(200, response.Status);
        Assert.DoesNotContain("evil", response.Body, StringComparison.Ordinal);
        Assert.Contains(_configured.ToString(), response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBudget_DirectoryNamesThisInstanceAsOwner_421DoesNotNameIt()
    {
        await using var sut = await HttpHostHarness.StartAsync();
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BudgetLookup.Remote(2, sut.Host.Self!.ToString()));

        var response = await sut.BudgetAsync();
        var json = await HttpHostHarness.JsonAsync(response);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("owner").ValueKind);
        Assert.DoesNotContain(sut.Host.Self.ToString(), json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBudget_AnnouncedOwner_ForwardedWithTheCallersKeyAndNamedInServedBy()
    {
        await using var owner = await HttpHostHarness.StartAsync();
        owner.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BucketData.Lookup(consumed: 850m));
        await using var sut = await HttpHostHarness.StartAsync();
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BudgetLookup.Remote(1, owner.Host.Self!.ToString()));

        var response = await sut.BudgetAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(owner.Host.Self.ToString(), response.Headers.GetValues(BudgetForwarder.ServedByHeader).Single());
        Assert.Equal(850m, (await HttpHostHarness.JsonAsync(response)).GetProperty("consumed").GetDecimal());
    }

    [Fact]
    public async Task PostCheck_AnnouncedOwner_ForwardedWithTheCallersTokenAndAuditedThere()
    {
        await using var owner = await HttpHostHarness.StartAsync();
        owner.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BucketData.Lookup(consumed: 500m));
        await using var sut = await HttpHostHarness.StartAsync();
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BudgetLookup.Remote(1, owner.Host.Self!.ToString()));

        var response = await sut.BearerClient(TestTokens.Mint(subject: "procurement-portal")).PostAsJsonAsync("api/v1/budget-checks", HttpHostHarness.Body());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("token:procurement-portal", Assert.Single(owner.Audit.Events).attributes["actor"]);
        Assert.Empty(sut.Audit.Events);
    }

    [Theory]
    [InlineData("https")]
    [InlineData("user-info")]
    [InlineData("path")]
    public async Task GetBudget_OwnerNotAForwardableAddress_NotForwarded(string flaw)
    {
        await using var owner = await HttpHostHarness.StartAsync();
        owner.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BucketData.Lookup(consumed: 850m));
        var address = owner.Host.Self!;
        var announced = flaw switch
        {
            "user-info" => new UriBuilder(address) { UserName = "x", Password = "y" }.Uri,
            "path" => new Uri(address, "steal/"),
            _ => address,
        };
        await using var sut = await HttpHostHarness.StartAsync(configure: o => flaw == "https" ? o with { ForwardScheme = "https" } : o);
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BudgetLookup.Remote(1, announced.ToString()));

        var response = await sut.BudgetAsync();

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.DoesNotContain(owner.Logs.Lines, l => l.Contains("/api/v1/budgets/", StringComparison.Ordinal));
    }
}
