using System.Net;
using FinanceStreams.Host.Http;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class BudgetCheckAuditTests
{
    [Fact]
    public async Task PostCheck_Decided_RecordsWhoWhatDecisionRuleVersionAndTime()
    {
        await using var sut = await CreateSutAsync();
        sut.Time.Advance(TimeSpan.FromMinutes(5));

        var json = await HttpHostHarness.JsonAsync(await sut.CheckAsync(HttpHostHarness.Body(id: "PO-42", amount: 700m)));

        var audit = Assert.Single(sut.Audit.Events);
        Assert.Equal(BudgetCheckAudit.EventType, audit.event_type);
        Assert.Equal("portal", audit.attributes["actor"]);
        Assert.Equal("purchase_order", audit.entity_type);
        Assert.Equal("PO-42", audit.entity_id);
        Assert.Equal("EXCEPTION_APPROVAL_REQUIRED", audit.attributes["decision"]);
        Assert.Equal(HttpHostHarness.RuleVersion, audit.rule_version);
        Assert.Equal(new DateTime(2025, 3, 15, 10, 5, 0, DateTimeKind.Utc), audit.event_time);
        Assert.Equal(json.GetProperty("auditEventId").GetString(), audit.event_id);
    }

    [Fact]
    public async Task PostCheck_Decided_AuditRequestIdIsTheTraceIdTheClientReceives()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.CheckAsync(HttpHostHarness.Body());
        var json = await HttpHostHarness.JsonAsync(response);

        var requestId = Assert.Single(sut.Audit.Events).attributes["request_id"];
        Assert.Equal(json.GetProperty("traceId").GetString(), requestId);
        Assert.Equal(response.Headers.GetValues(RequestTrace.Header).Single(), requestId);
        Assert.Matches("^[0-9a-f]{32}$", requestId);
    }

    [Fact]
    public async Task PostCheck_AuditSinkFails_ProblemTraceIdMatchesHeader()
    {
        await using var sut = await CreateSutAsync();
        sut.Audit.Failing = true;

        var response = await sut.CheckAsync(HttpHostHarness.Body());

        Assert.Equal(response.Headers.GetValues(RequestTrace.Header).Single(), (await HttpHostHarness.JsonAsync(response)).GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task PostCheck_TwoDecisions_OneAuditEventEachWithDistinctIds()
    {
        await using var sut = await CreateSutAsync();

        await sut.CheckAsync(HttpHostHarness.Body(id: "PO-1"));
        await sut.CheckAsync(HttpHostHarness.Body(id: "PO-1"));

        Assert.Equal(2, sut.Audit.Events.Select(e => e.event_id).Distinct().Count());
    }

    [Fact]
    public async Task PostCheck_AuditSinkFails_Returns503AndWithholdsDecision()
    {
        await using var sut = await CreateSutAsync();
        sut.Audit.Failing = true;

        var response = await sut.CheckAsync(HttpHostHarness.Body());
        var json = await HttpHostHarness.JsonAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False(json.TryGetProperty("decision", out _));
    }

    private static async Task<HttpHostHarness> CreateSutAsync()
    {
        var sut = await HttpHostHarness.StartAsync();
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BucketData.Lookup(consumed: 500m));
        return sut;
    }
}
