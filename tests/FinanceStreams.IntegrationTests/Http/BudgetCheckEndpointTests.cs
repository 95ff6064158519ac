using System.Net;
using finance.budget;
using finance.budgeting;
using FinanceStreams.Topologies.Budget;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class BudgetCheckEndpointTests
{
    [Theory]
    [InlineData(ControlLevel.ABSOLUTE, 100, "APPROVED", "WITHIN_BUDGET")]
    [InlineData(ControlLevel.ABSOLUTE, 400, "APPROVED_WITH_WARNING", "ABOVE_WARNING_THRESHOLD")]
    [InlineData(ControlLevel.ABSOLUTE, 700, "EXCEPTION_APPROVAL_REQUIRED", "ABOVE_LIMIT")]
    [InlineData(ControlLevel.ADVISORY, 700, "APPROVED_WITH_WARNING", "ABOVE_LIMIT_ADVISORY")]
    [InlineData(ControlLevel.TRACK, 700, "APPROVED", "CONTROL_LEVEL_TRACK")]
    [InlineData(ControlLevel.NONE, 700, "APPROVED", "CONTROL_LEVEL_NONE")]
    public async Task PostCheck_EachDecisionKind_ReturnsServiceDecision(ControlLevel level, int amount, string decision, string reason)
    {
        await using var sut = await CreateSutAsync(BucketData.Lookup(consumed: 500m, level));

        var response = await sut.CheckAsync(HttpHostHarness.Body(amount: amount));
        var json = await HttpHostHarness.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(decision, json.GetProperty("decision").GetString());
        Assert.Equal(reason, json.GetProperty("reason").GetString());
        Assert.Equal(500m + amount, json.GetProperty("projected").GetDecimal());
        Assert.Equal(500m - amount, json.GetProperty("availableAfter").GetDecimal());
        Assert.Equal(HttpHostHarness.RuleVersion, json.GetProperty("ruleVersion").GetString());
    }

    [Fact]
    public async Task PostCheck_DocumentAlreadyCounted_ExcludesItsOwnContribution()
    {
        var settings = BucketData.Settings();
        var own = BucketData.Item(BudgetItemKind.Commitment, "PO:PO-1", 300m, settings, BucketData.Check(BudgetDocumentType.PURCHASE_ORDER, "PO-1", 300m));
        await using var sut = await CreateSutAsync(BucketData.Lookup(consumed: 500m, more: own));

        var json = await HttpHostHarness.JsonAsync(await sut.CheckAsync(HttpHostHarness.Body(id: "PO-1", amount: 350m)));

        Assert.Equal(500m, json.GetProperty("consumedBefore").GetDecimal());
        Assert.Equal(850m, json.GetProperty("projected").GetDecimal());
        Assert.Equal("APPROVED_WITH_WARNING", json.GetProperty("decision").GetString());
    }

    [Fact]
    public async Task PostCheck_Requisition_DecidedInBucketOfItsDateMonth()
    {
        await using var sut = await CreateSutAsync(BucketData.Lookup(consumed: 0m));

        var json = await HttpHostHarness.JsonAsync(await sut.CheckAsync(HttpHostHarness.Body(type: "REQUISITION", id: "REQ-9", amount: 10m)));

        Assert.Equal("REQUISITION", json.GetProperty("documentType").GetString());
        Assert.Equal(2025, json.GetProperty("fiscalYear").GetInt32());
        Assert.Equal(3, json.GetProperty("fiscalPeriod").GetInt32());
        Assert.Equal("APPROVED", json.GetProperty("decision").GetString());
    }

    private static async Task<HttpHostHarness> CreateSutAsync(FinanceStreams.Host.Http.BudgetLookup lookup)
    {
        var sut = await HttpHostHarness.StartAsync();
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, lookup);
        return sut;
    }
}
