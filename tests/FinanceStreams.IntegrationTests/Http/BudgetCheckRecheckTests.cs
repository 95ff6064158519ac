using System.Net;
using finance.budget;
using FinanceStreams.Topologies.Budget;

namespace FinanceStreams.IntegrationTests.Http;

/// <summary>
/// Naming a known document re-checks it, explicitly: same type and bucket or 409; the answer and the audit say it is a
/// re-check and what the document currently counts. Bucket: budget 1000, limit 1100; REQ-1 counts 300 of 1150 consumed.
/// </summary>
public sealed class BudgetCheckRecheckTests
{
    [Fact]
    public async Task PostCheck_RequisitionIdCheckedAsPurchaseOrder_Returns409AndNoAudit()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.CheckAsync(HttpHostHarness.Body(type: "PURCHASE_ORDER", id: "REQ-1", amount: 200m));
        var json = await HttpHostHarness.JsonAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("REQUISITION", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.10", json.GetProperty("type").GetString());
        Assert.Empty(sut.Audit.Events);
    }

    [Fact]
    public async Task PostCheck_IdCountedInAnotherBucket_Returns409NamingThatBucket()
    {
        await using var sut = await CreateSutAsync();
        var settings = BucketData.Settings();
        var elsewhere = BucketData.Item(BudgetItemKind.PreCommitment, "REQ:REQ-7", 50m, settings, BucketData.Check(BudgetDocumentType.REQUISITION, "REQ-7", 50m)) with { CostCenter = "CC-200" };
        sut.Budgets.Set("CC-200", BucketData.Year, BucketData.Period, BudgetLookup([BucketData.Item(BudgetItemKind.Budget, "BL:2", 1000m, settings) with { CostCenter = "CC-200" }, elsewhere]));

        var response = await sut.CheckAsync(HttpHostHarness.Body(type: "REQUISITION", id: "REQ-7", amount: 10m));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("CC-200|2025|03", (await HttpHostHarness.JsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCheck_KnownRequisitionSameTypeAndBucket_AnswersRecheckWithItsCurrentAmount()
    {
        await using var sut = await CreateSutAsync();

        var json = await HttpHostHarness.JsonAsync(await sut.CheckAsync(HttpHostHarness.Body(type: "REQUISITION", id: "REQ-1", amount: 200m)));

        Assert.True(json.GetProperty("recheck").GetBoolean());
        Assert.Equal(300m, json.GetProperty("currentAmount").GetDecimal());
        Assert.Equal(850m, json.GetProperty("consumedBefore").GetDecimal());
        Assert.Equal("APPROVED_WITH_WARNING", json.GetProperty("decision").GetString());
    }

    [Fact]
    public async Task PostCheck_Recheck_AuditRecordsItAndTheCurrentAmount()
    {
        await using var sut = await CreateSutAsync();

        await sut.CheckAsync(HttpHostHarness.Body(type: "REQUISITION", id: "REQ-1", amount: 200m));

        var audit = Assert.Single(sut.Audit.Events);
        Assert.Equal(("true", "300"), (audit.attributes["recheck"], audit.attributes["current_amount"]));
        Assert.Contains("re-checked", audit.description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCheck_NewDocument_NotARecheckAndNothingSubtracted()
    {
        await using var sut = await CreateSutAsync();

        var json = await HttpHostHarness.JsonAsync(await sut.CheckAsync(HttpHostHarness.Body(type: "REQUISITION", id: "REQ-NEW", amount: 200m)));

        Assert.False(json.GetProperty("recheck").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("currentAmount").ValueKind);
        Assert.Equal(1150m, json.GetProperty("consumedBefore").GetDecimal());
        Assert.Equal("EXCEPTION_APPROVAL_REQUIRED", json.GetProperty("decision").GetString());
        Assert.Equal("false", Assert.Single(sut.Audit.Events).attributes["recheck"]);
    }

    private static FinanceStreams.Host.Http.BudgetLookup BudgetLookup(BudgetItem[] items) =>
        FinanceStreams.Host.Http.BudgetLookup.Local(BucketCalculator.Compute(items), BucketCalculator.Items(items));

    private static async Task<HttpHostHarness> CreateSutAsync()
    {
        var settings = BucketData.Settings();
        var requisition = BucketData.Item(BudgetItemKind.PreCommitment, "REQ:REQ-1", 300m, settings, BucketData.Check(BudgetDocumentType.REQUISITION, "REQ-1", 300m));
        var sut = await HttpHostHarness.StartAsync();
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BucketData.Lookup(consumed: 850m, more: requisition));
        return sut;
    }
}
