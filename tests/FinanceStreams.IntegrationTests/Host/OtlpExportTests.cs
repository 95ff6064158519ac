using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Host.Simulation;
using FinanceStreams.IntegrationTests.Infrastructure;
using FinanceStreams.SchemaRegistry;

namespace FinanceStreams.IntegrationTests.Host;

/// <summary>The pipeline exports its traces and metrics over OTLP (http/protobuf) to a configured collector.</summary>
[Collection(PipelineKafkaCollection.Name)]
public sealed class OtlpExportTests(KafkaCluster cluster)
{
    [Fact]
    public async Task A_configured_collector_receives_the_pipeline_spans_and_metrics()
    {
        var port = PrometheusServer.FreePort();
        var received = new ConcurrentQueue<(string Path, byte[] Body)>();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var receiving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                try
                {
                    using var body = new MemoryStream();
                    await context.Request.InputStream.CopyToAsync(body);
                    received.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
                    context.Response.StatusCode = 200;
                    context.Response.ContentType = "application/x-protobuf";
                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return; // the collector stopped while an export was arriving (the test has what it waited for)
                }
            }
        });

        await using var registry = await SchemaRegistryServer.StartAsync(new SchemaRegistryOptions(0, Directory.CreateTempSubdirectory("otlp-reg-").FullName));
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([.. Topics.All]);
        }

        var environment = new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{port}/",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
        };
        await using var pipeline = CliProcess.Start(environment, ["run", .. cluster.CliArgs, "--schema-registry-url", registry.Url.ToString(), "--http-port", "0", "--state-dir", Directory.CreateTempSubdirectory("otlp-state-").FullName]);
        await SimulationRunner.RunAsync(cluster.BootstrapServers, new CdcSimulator(new SimulationOptions(Cases: 5, Rate: 0, Seed: 11)).Events(), 0, TextWriter.Null, CancellationToken.None);

        bool Got(string path, string text) => received.Any(r => r.Path == path && Encoding.UTF8.GetString(r.Body).Contains(text, StringComparison.Ordinal));
        var clock = Stopwatch.StartNew();
        while (!(Got("/v1/traces", "finance-streams") && Got("/v1/traces", "finance-invoices") && Got("/v1/metrics", "streamiz.thread.commit_total")) && clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(500);
        }

        listener.Stop();
        await receiving;
        Assert.True(Got("/v1/traces", "finance-invoices"), "no span of the invoice topology reached the collector: " + pipeline.Output);
        Assert.True(Got("/v1/traces", "finance-streams"), "spans carry no service name");
        Assert.True(Got("/v1/metrics", "streamiz.thread.commit_total"), "no runtime metric reached the collector");
        Assert.Contains("OpenTelemetry traces and metrics to", pipeline.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CONFWARN", pipeline.Output, StringComparison.Ordinal); // librdkafka's configuration warnings: a client configured in conflicting ways
    }
}
