using System.CommandLine;
using System.Diagnostics;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Host.Demo;
using StreamKit.Admin;
using StreamKit.Partitioning;

namespace FinanceStreams.Host.Cli;

/// <summary>
/// <c>finance-streams demo</c>, what <c>make run</c> calls: starts the local broker and schema registry
/// and the pipeline, each as its own process; feeds a month of simulated CDC events; shows the budget
/// consumption, alerts and checks the pipeline computed; stops everything.
/// </summary>
internal static class DemoCommand
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public static Command Build()
    {
        var command = new Command("demo", "Start the local environment, run the pipeline on simulated data, show the result, stop.");
        command.SetAction(async (_, cancel) =>
        {
            Directory.CreateDirectory(DevPaths.Root);
            var (brokerFile, registryFile) = (Path.Combine(DevPaths.Root, "demo-broker.json"), Path.Combine(DevPaths.Root, "demo-registry.json"));
            File.Delete(brokerFile);
            File.Delete(registryFile);
            Console.WriteLine("== starting the local broker and schema registry (own processes) ==");
            var broker = ChildProcess.StartSelf(Path.Combine(DevPaths.Root, "broker.log"), "dev", "broker", "--info-file", brokerFile);
            var registry = ChildProcess.StartSelf(Path.Combine(DevPaths.Root, "registry.log"), "dev", "registry", "--url-file", registryFile, "--data-dir", Path.Combine(DevPaths.Root, "demo-registry"));
            ChildProcess? pipeline = null;
            try
            {
                var info = await WaitForAsync(broker, brokerFile, "broker", cancel, () => DevBrokerInfo.Read(brokerFile)).ConfigureAwait(false);
                var registryUrl = await WaitForAsync(registry, registryFile, "registry", cancel, () => DevRegistryCommand.ReadUrl(registryFile)).ConfigureAwait(false);
                Console.WriteLine($"   broker {info.BootstrapServers}   registry {registryUrl}");
                using (var admin = TopicAdmins.Create(info))
                {
                    await admin.EnsureTopicsAsync([.. Topics.All], cancel).ConfigureAwait(false);
                }

                Console.WriteLine("== starting the pipeline (budget and invoice topologies, HTTP API) ==");
                var pipelineLog = Path.Combine(DevPaths.Root, "pipeline.log");
                pipeline = ChildProcess.StartSelf(pipelineLog, "run", "--info-file", brokerFile, "--schema-registry-url", registryUrl, "--http-port", "0", "--state-dir", Path.Combine(DevPaths.Root, "demo-state", Guid.NewGuid().ToString("N")));
                var http = await WaitForLogAsync(pipeline, pipelineLog, "HTTP API", cancel).ConfigureAwait(false);
                await WaitForLogAsync(pipeline, pipelineLog, " running from ", cancel).ConfigureAwait(false);
                var events = DemoScenario.Events();
                Console.WriteLine($"== simulating {events.Count} CDC events from budgeting, procurement and ERP (one a stale replay) ==");
                // Master data first (snapshot reads), then the business events at a steady pace, as in a live
                // system; the final results do not depend on it, only how many intermediate events appear.
                await ProduceAsync(info.BootstrapServers, [.. events.Where(e => e.Op == "r")], TimeSpan.Zero, cancel).ConfigureAwait(false);
                await Task.Delay(TimeSpan.FromSeconds(3), cancel).ConfigureAwait(false);
                await ProduceAsync(info.BootstrapServers, [.. events.Where(e => e.Op != "r")], TimeSpan.FromMilliseconds(300), cancel).ConfigureAwait(false);
                using var serdes = ContractSerdes.Create(new SchemaRegistryConfig { Url = registryUrl });
                var ok = DemoReport.Print(info.BootstrapServers, serdes, buckets: 3, invoices: 4, postings: 1, TimeSpan.FromSeconds(120));
                Console.WriteLine();
                Console.WriteLine($"{http.Trim()}; logs in {Path.GetFullPath(DevPaths.Root)}");
                return ok ? 0 : 1;
            }
            finally
            {
                Stop(pipeline, "pipeline");
                Stop(registry, "schema registry");
                Stop(broker, "local broker");
            }
        });
        return command;
    }

    private static async Task ProduceAsync(string bootstrap, IReadOnlyList<CdcEvent> events, TimeSpan pace, CancellationToken cancel)
    {
        using var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = bootstrap, EnableIdempotence = true })
            .SetDefaultPartitioner(KafkaPartitioners.Murmur2).Build();
        foreach (var e in events)
        {
            await producer.ProduceAsync(e.Topic, new Message<byte[], byte[]> { Key = e.KeyJson(), Value = e.ValueJson() }, cancel).ConfigureAwait(false);
            await Task.Delay(pace, cancel).ConfigureAwait(false);
        }
    }

    private static async Task<T> WaitForAsync<T>(ChildProcess process, string file, string what, CancellationToken cancel, Func<T> read)
    {
        var clock = Stopwatch.StartNew();
        while (!File.Exists(file))
        {
            if (process.HasExited || clock.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"The local {what} did not start; see {Path.GetFullPath(DevPaths.Root)}/{what}.log.");
            }

            await Task.Delay(100, cancel).ConfigureAwait(false);
        }

        return read();
    }

    private static async Task<string> WaitForLogAsync(ChildProcess process, string log, string marker, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var line = File.Exists(log) ? ReadShared(log).FirstOrDefault(l => l.Contains(marker, StringComparison.Ordinal)) : null;
            if (line is not null)
            {
                return line;
            }

            if (process.HasExited || clock.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"The pipeline did not start (waiting for '{marker}'); see {Path.GetFullPath(log)}.");
            }

            await Task.Delay(200, cancel).ConfigureAwait(false);
        }
    }

    private static string[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n');
    }

    private static void Stop(ChildProcess? process, string what)
    {
        if (process is not null)
        {
            Console.WriteLine(process.Stop(TimeSpan.FromSeconds(30)) ? $"== {what} (pid {process.Id}) stopped ==" : $"== {what} (pid {process.Id}) did not stop in time; killed ==");
            process.Dispose();
        }
    }
}
