using System.Net;
using finance.budget;
using FinanceStreams.Host.Http;
using FinanceStreams.Topologies.Budget;

namespace FinanceStreams.IntegrationTests.Http;

/// <summary>
/// A document id is searched in every bucket partition: this instance's, then each other owner's (asked for its own only).
/// The check instance holds partitions 0 and 1 and the checked bucket; REQ-7 is counted in CC-200, on partition 2.
/// </summary>
public sealed class BudgetDocumentSearchTests
{
    [Fact]
    public async Task PostCheck_IdCountedInABucketOfAnotherInstance_Returns409NamingThatBucket()
    {
        await using var owner = await OwnerAsync();
        await using var sut = await CheckInstanceAsync(owner.Host.Self);

        var response = await sut.CheckAsync(HttpHostHarness.Body(type: "REQUISITION", id: "REQ-7", amount: 10m));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("CC-200|2025|03", (await HttpHostHarness.JsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(sut.Audit.Events);
    }

    [Fact]
    public async Task PostCheck_NewIdAndEveryPartitionAnswered_Decided()
    {
        await using var owner = await OwnerAsync();
        await using var sut = await CheckInstanceAsync(owner.Host.Self);

        var response = await sut.CheckAsync(HttpHostHarness.Body(type: "REQUISITION", id: "REQ-NEW", amount: 10m));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(sut.Audit.Events);
    }

    [Fact]
    public async Task PostCheck_OwnerOfAPartitionUnknown_Returns503NamingThePartitionAndNoDecision()
    {
        await using var sut = await CheckInstanceAsync(owner: null);

        var response = await sut.CheckAsync(HttpHostHarness.Body(type: "REQUISITION", id: "REQ-NEW", amount: 10m));
        var json = await HttpHostHarness.JsonAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal([2], json.GetProperty("partitions").EnumerateArray().Select(p => p.GetInt32()));
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Empty(sut.Audit.Events);
    }

    [Fact]
    public async Task GetDocument_CountedOnAnotherInstance_ListedWithEveryPartitionSearched()
    {
        await using var owner = await OwnerAsync();
        await using var sut = await CheckInstanceAsync(owner.Host.Self);

        var response = await sut.Client(HttpHostHarness.ReaderSecret).GetAsync(new Uri("api/v1/budget-documents/REQ-7", UriKind.Relative));
        var json = await HttpHostHarness.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = Assert.Single(json.GetProperty("documents").EnumerateArray());
        Assert.Equal(("REQUISITION", "CC-200", 50m), (document.GetProperty("documentType").GetString(), document.GetProperty("costCenter").GetString(), document.GetProperty("amount").GetDecimal()));
        Assert.Equal([0, 1, 2], json.GetProperty("searchedPartitions").EnumerateArray().Select(p => p.GetInt32()));
    }

    [Fact]
    public async Task GetDocument_LocalOnly_SearchesThisInstanceAndAsksNoOther()
    {
        await using var owner = await OwnerAsync();
        await using var sut = await CheckInstanceAsync(owner.Host.Self);

        var response = await sut.Client(HttpHostHarness.ReaderSecret).GetAsync(new Uri("api/v1/budget-documents/REQ-7?local=true", UriKind.Relative));
        var json = await HttpHostHarness.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(json.GetProperty("documents").EnumerateArray());
        Assert.Equal([0, 1], json.GetProperty("searchedPartitions").EnumerateArray().Select(p => p.GetInt32()));
        Assert.DoesNotContain(owner.Logs.Lines, l => l.Contains("/api/v1/budget-documents/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetDocument_WithoutReadScope_Returns403()
    {
        await using var sut = await CheckInstanceAsync(owner: null);

        var response = await sut.Client(HttpHostHarness.NoScopeSecret).GetAsync(new Uri("api/v1/budget-documents/REQ-7", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>The instance holding partition 2 only, where REQ-7 counts 50 in CC-200.</summary>
    private static async Task<HttpHostHarness> OwnerAsync()
    {
        var settings = BucketData.Settings();
        var requisition = BucketData.Item(BudgetItemKind.PreCommitment, "REQ:REQ-7", 50m, settings, BucketData.Check(BudgetDocumentType.REQUISITION, "REQ-7", 50m)) with { CostCenter = "CC-200" };
        var budget = BucketData.Item(BudgetItemKind.Budget, "BL:2", 1000m, settings) with { CostCenter = "CC-200" };
        var owner = await HttpHostHarness.StartAsync();
        owner.Budgets.Set("CC-200", BucketData.Year, BucketData.Period, BudgetLookup.Local(BucketCalculator.Compute([budget, requisition]), BucketCalculator.Items([budget, requisition])));
        owner.Budgets.DocumentsElsewhere[0] = null;
        owner.Budgets.DocumentsElsewhere[1] = null;
        return owner;
    }

    /// <summary>The instance holding partitions 0 and 1 and the checked bucket; partition 2 held by <paramref name="owner"/>.</summary>
    private static async Task<HttpHostHarness> CheckInstanceAsync(Uri? owner)
    {
        var sut = await HttpHostHarness.StartAsync();
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BucketData.Lookup(consumed: 500m));
        sut.Budgets.DocumentsElsewhere[2] = owner;
        return sut;
    }
}
