using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Host.Http.Ownership;
using FinanceStreams.Host.Simulation;
using FinanceStreams.IntegrationTests.Infrastructure;
using FinanceStreams.SchemaRegistry;

namespace FinanceStreams.IntegrationTests.Host;

/// <summary>With two instances, the budget API answers for every bucket on either: the one that does not hold the bucket forwards to the one that does.</summary>
[Collection(PipelineKafkaCollection.Name)]
public sealed partial class ApiForwardingTests(KafkaCluster cluster)
{
    private const string Key = "forwarding-test-key";

    [Fact]
    public async Task Two_instances_answer_for_every_bucket_forwarding_to_the_owner()
    {
        await using var registry = await SchemaRegistryServer.StartAsync(new SchemaRegistryOptions(0, Directory.CreateTempSubdirectory("fwd-reg-").FullName));
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([.. Topics.All]);
        }

        var environment = new Dictionary<string, string> { ["FINANCE_STREAMS_Http__ApiKeys__it__Secret"] = Key, ["FINANCE_STREAMS_Http__ApiKeys__it__Scopes"] = "budgets:read,budgets:check" };
        string[] Run() => ["run", "--topology", "budget", .. cluster.CliArgs, "--schema-registry-url", registry.Url.ToString(), "--http-port", "0", "--state-dir", Directory.CreateTempSubdirectory("fwd-state-").FullName];
        await using var first = CliProcess.Start(environment, Run());
        await using var second = CliProcess.Start(environment, Run());
        var urls = new[] { await AddressAsync(first), await AddressAsync(second) };
        await SimulationRunner.RunAsync(cluster.BootstrapServers, new CdcSimulator(new SimulationOptions(Cases: 5, Rate: 0, CostCenters: 6, Seed: 21)).Events(), 0, TextWriter.Null, CancellationToken.None);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        http.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var buckets = Enumerable.Range(1, 6).Select(c => $"api/v1/budgets/CC-{c:D3}/2026/1").ToList();
        var answers = new List<(Uri Asked, string Bucket, HttpStatusCode Status, string ServedBy, string Body)>();
        var clock = Stopwatch.StartNew();
        do
        {
            answers.Clear();
            foreach (var url in urls)
            {
                foreach (var bucket in buckets)
                {
                    using var response = await http.GetAsync(new Uri(url, bucket));
                    var servedBy = response.Headers.TryGetValues(BudgetForwarder.ServedByHeader, out var values) ? values.First() : string.Empty;
                    answers.Add((url, bucket, response.StatusCode, servedBy, await response.Content.ReadAsStringAsync()));
                }
            }

            // The pipeline may still be moving a bucket between the two instances' reads: wait for a round that agrees.
            if (answers.All(a => a.Status == HttpStatusCode.OK) && buckets.All(b => AnswersAgree(answers, b)))
            {
                break;
            }

            await Task.Delay(1000);
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(90));

        Assert.True(answers.All(a => a.Status == HttpStatusCode.OK), string.Join("\n", answers.Where(a => a.Status != HttpStatusCode.OK).Select(a => $"{a.Asked}{a.Bucket}: {(int)a.Status} {a.Body}")));
        Assert.All(buckets, b => Assert.True(AnswersAgree(answers, b), $"{b} answered differently by the two instances"));
        Assert.Contains(answers, a => a.ServedBy != a.Asked.ToString()); // some were forwarded...
        Assert.Contains(answers, a => a.ServedBy == a.Asked.ToString()); // ...and some answered locally
    }

    private static bool AnswersAgree(IEnumerable<(Uri Asked, string Bucket, HttpStatusCode Status, string ServedBy, string Body)> answers, string bucket) =>
        answers.Where(a => a.Bucket == bucket).Select(a => a.Body).Distinct().Count() == 1;

    private static async Task<Uri> AddressAsync(CliProcess process)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (Listening().Match(process.Output) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }

            Assert.False(process.HasExited, process.Output);
            await Task.Delay(200);
        }

        throw new TimeoutException("no HTTP address: " + process.Output);
    }

    [GeneratedRegex(@"HTTP API, /health and /metrics on (\S+)")]
    private static partial Regex Listening();
}
