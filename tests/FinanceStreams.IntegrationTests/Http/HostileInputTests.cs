using System.Text.Json;
using System.Text.RegularExpressions;

namespace FinanceStreams.IntegrationTests.Http;

/// <summary>
/// The hostile-input suite (<see cref="HostileCases"/>): every case gets its status, never a 5xx, and every error is RFC 7807
/// problem details with a type and a trace id and no internal names; every status answered is one the OpenAPI document lists.
/// </summary>
public sealed partial class HostileInputTests(HostileHostFixture fixture) : IClassFixture<HostileHostFixture>
{
    private static readonly string[] _internals =
    [
        "FinanceStreams.", "System.", "Microsoft.", "LineNumber", "BytePosition", "Path: $", "could not be converted", "Exception", "\n   at ",
        "portal", "nobody", "prometheus", HttpHostHarness.CheckerSecret, HttpHostHarness.ReaderSecret, HttpHostHarness.NoScopeSecret,
    ];

    public static TheoryData<string> Cases => HostileCases.Names();

    [Fact]
    public void Suite_HasAtLeastOneHundredCases()
    {
        Assert.True(HostileCases.All.Count >= 100, $"{HostileCases.All.Count} cases");
        Assert.Equal(HostileCases.All.Count, HostileCases.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Send_HostileCase_AnswersExpectedStatusAsProblemDetails(string name)
    {
        var hostile = HostileCases.Named(name);

        var response = await SendAsync(hostile);

        Assert.True(response.Status < 500, $"{name}: {response.Status} {response.Body}");
        Assert.Equal(hostile.Expected, response.Status);
        if (response.Status >= 400)
        {
            AssertProblem(response);
        }
    }

    [Fact]
    public async Task Replay_EveryHostileCase_AnswersOnlyStatusesTheDocumentLists()
    {
        using var document = JsonDocument.Parse(await fixture.Sut.Client().GetStringAsync("openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");
        var undocumented = new List<string>();

        foreach (var hostile in HostileCases.All.Where(c => c.Operation is not null))
        {
            var response = await SendAsync(hostile);
            var responses = paths.GetProperty(hostile.Operation!).GetProperty(hostile.Method.ToLowerInvariant()).GetProperty("responses");
            if (!responses.TryGetProperty(response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), out _))
            {
                undocumented.Add($"{hostile.Name}: {hostile.Method} {hostile.Operation} answered {response.Status}");
            }
        }

        Assert.True(undocumented.Count == 0, string.Join(Environment.NewLine, undocumented));
    }

    internal static void AssertProblem(RawResponse response)
    {
        Assert.StartsWith("application/problem+json", response.Headers.GetValueOrDefault("Content-Type"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(response.Body);
        var problem = json.RootElement;
        Assert.StartsWith("http", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Equal(response.Status, problem.GetProperty("status").GetInt32());
        Assert.Matches(TraceId(), problem.GetProperty("traceId").GetString());
        Assert.All(_internals, s => Assert.DoesNotContain(s, response.Body, StringComparison.Ordinal));
    }

    private Task<RawResponse> SendAsync(HostileCase hostile) => RawHttp.SendAsync(fixture.Sut.Port, hostile.Head(), hostile.Parts, hostile.Pause);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TraceId();
}
