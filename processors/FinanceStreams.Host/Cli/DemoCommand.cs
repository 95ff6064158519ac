using System.CommandLine;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Host.Demo;
using FinanceStreams.Host.Streams;
using FinanceStreams.Host.Topologies;
using FinanceStreams.Streaming.Admin;

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
            Console.WriteLine("== starting the local broker and schema registry (own processes) ==");
            using var stack = await LocalStack.StartAsync("demo", cancel).ConfigureAwait(false);
            var (info, registryUrl) = (stack.Broker, stack.RegistryUrl);
            ChildProcess? pipeline = null;
            try
            {
                Console.WriteLine($"   broker {info.BootstrapServers}   registry {registryUrl}");
                using (var admin = TopicAdmins.Create(info))
                {
                    await admin.EnsureTopicsAsync([.. Topics.All], cancel).ConfigureAwait(false);
                }

                Console.WriteLine("== starting the pipeline (budget and invoice topologies, HTTP API) ==");
                var pipelineLog = Path.Combine(DevPaths.Root, "pipeline.log");
                pipeline = ChildProcess.StartSelf(pipelineLog, "run", "--info-file", stack.BrokerInfoFile, "--schema-registry-url", registryUrl, "--http-port", "0", "--state-dir", Path.Combine(DevPaths.Root, "demo-state", Guid.NewGuid().ToString("N")));
                var http = await pipeline.WaitForLineAsync("HTTP API", StartTimeout, cancel).ConfigureAwait(false);
                foreach (var topology in PipelineTopologies.All)
                {
                    await pipeline.WaitForLineAsync($"[{topology.Name}] {StreamizPipeline.RunningMarker}", StartTimeout, cancel).ConfigureAwait(false);
                }

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
                LocalStack.Stop(pipeline, "pipeline");
            }
        });
        return command;
    }

    private static async Task ProduceAsync(string bootstrap, IReadOnlyList<CdcEvent> events, TimeSpan pace, CancellationToken cancel)
    {
        using var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = bootstrap, EnableIdempotence = true, Partitioner = Partitioner.Murmur2Random }).Build();
        foreach (var e in events)
        {
            await producer.ProduceAsync(e.Topic, new Message<byte[], byte[]> { Key = e.KeyJson(), Value = e.ValueJson() }, cancel).ConfigureAwait(false);
            await Task.Delay(pace, cancel).ConfigureAwait(false);
        }
    }
}
