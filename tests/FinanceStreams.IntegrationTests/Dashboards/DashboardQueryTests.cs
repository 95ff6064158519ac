using System.Diagnostics;
using Confluent.Kafka;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Host.Simulation;
using FinanceStreams.IntegrationTests.Infrastructure;
using FinanceStreams.SchemaRegistry;
using Xunit.Abstractions;

namespace FinanceStreams.IntegrationTests.Dashboards;

/// <summary>
/// Every Grafana panel query and every alert rule, evaluated by a real Prometheus scraping a live run of
/// the pipeline (simulated CDC with anomalies, a bad record, a restart that restores state): each must
/// evaluate without error and return series; <c>promtool check rules</c> must accept the rules.
/// </summary>
[Collection(PipelineKafkaCollection.Name)]
public sealed class DashboardQueryTests(KafkaCluster cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_panel_query_and_alert_rule_returns_series_from_a_live_run()
    {
        var (exit, check) = await RunAsync("promtool", "check", "rules", DashboardFiles.AlertRules);
        Assert.True(exit == 0, check);

        await using var registry = await SchemaRegistryServer.StartAsync(new SchemaRegistryOptions(0, Directory.CreateTempSubdirectory("dash-reg-").FullName));
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([.. Topics.All]);
        }

        var port = PrometheusServer.FreePort();
        const string ScrapeKey = "dashboard-test-scrape-key"; // /metrics needs a key with metrics:read, as an operator configures Prometheus
        var environment = new Dictionary<string, string> { ["FINANCE_STREAMS_Http__ApiKeys__prometheus__Secret"] = ScrapeKey, ["FINANCE_STREAMS_Http__ApiKeys__prometheus__Scopes"] = "metrics:read" };
        string[] Run() => ["run", .. cluster.CliArgs, "--schema-registry-url", registry.Url.ToString(), "--http-port", $"{port}", "--state-dir", Directory.CreateTempSubdirectory("dash-state-").FullName];
        await using (var first = await StartPipelineAsync(environment, Run()))
        {
            await SimulateAsync(firstCase: 1, cases: 60);
            await Task.Delay(TimeSpan.FromSeconds(8));
            await first.StopAsync(TimeSpan.FromSeconds(30));
        }

        await using var second = await StartPipelineAsync(environment, Run()); // a fresh state directory: its stores restore from the changelogs
        await using var prometheus = await PrometheusServer.StartAsync($"127.0.0.1:{port}", "finance-streams", DashboardFiles.AlertRules, ScrapeKey);
        await SimulateAsync(firstCase: 1001, cases: 80);
        await ProduceGarbageAsync();
        await WaitForAsync(prometheus, "sum(financestreams_topologies_finance_posting_commands) > 0 and on() sum(financestreams_streaming_finance_dlq_records) > 0 and on() count(financestreams_streamiz_streamiz_thread_commit_latency_max) > 0", TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(5));

        var failures = new List<string>();
        foreach (var (dashboard, panel, expr) in DashboardFiles.PanelQueries())
        {
            var (error, series) = await prometheus.QueryAsync(expr);
            output.WriteLine($"{dashboard} / {panel}: {error ?? $"{series} series"}");
            if (error is not null || series == 0)
            {
                failures.Add($"panel '{panel}' ({dashboard}): {error ?? "no series"} for {expr}");
            }
        }

        foreach (var (alert, expr, signal) in DashboardFiles.AlertQueries())
        {
            var (error, _) = await prometheus.QueryAsync(expr);
            var (signalError, series) = await prometheus.QueryAsync(signal);
            output.WriteLine($"alert {alert}: {error ?? signalError ?? $"signal {series} series"}");
            if (error is not null || signalError is not null || series == 0)
            {
                failures.Add($"alert {alert}: {error ?? signalError ?? "its signal returns no series"} for {signal}");
            }
        }

        Assert.True(DashboardFiles.PanelQueries().Count >= 20 && DashboardFiles.AlertQueries().Count >= 8, "the dashboards or rules were not all found");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures) + Environment.NewLine + second.Output[^Math.Min(second.Output.Length, 3000)..]);
    }

    private static async Task<CliProcess> StartPipelineAsync(IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var process = CliProcess.Start(environment, args);
        var clock = Stopwatch.StartNew();
        while (!process.Output.Contains($"[invoices] {FinanceStreams.Host.Streams.StreamizPipeline.RunningMarker}", StringComparison.Ordinal))
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(90))
            {
                await process.DisposeAsync();
                throw new InvalidOperationException("the pipeline did not start: " + process.Output);
            }

            await Task.Delay(200);
        }

        return process;
    }

    private async Task SimulateAsync(int firstCase, int cases)
    {
        var options = new SimulationOptions(Cases: cases, Rate: 0, AnomalyRate: 0.5, Seed: firstCase, FirstCase: firstCase);
        await SimulationRunner.RunAsync(cluster.BootstrapServers, new CdcSimulator(options).Events(), 0, TextWriter.Null, CancellationToken.None);
    }

    private async Task ProduceGarbageAsync()
    {
        using var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();
        await producer.ProduceAsync(Topics.SupplierInvoices.Name, new Message<byte[], byte[]> { Key = "{\"invoice_id\":\"BAD-1\"}"u8.ToArray(), Value = "not a change event"u8.ToArray() });
    }

    private static async Task WaitForAsync(PrometheusServer prometheus, string condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while ((await prometheus.QueryAsync(condition)).Series == 0)
        {
            Assert.True(clock.Elapsed < timeout, $"timed out waiting for {condition}");
            await Task.Delay(1000);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, text);
    }
}
