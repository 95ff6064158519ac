using System.CommandLine;
using Confluent.SchemaRegistry;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Host.Http;
using FinanceStreams.Host.Http.Ownership;
using FinanceStreams.Host.Telemetry;
using FinanceStreams.Host.Streams;
using FinanceStreams.Host.Topologies;
using FinanceStreams.Streaming.Settings;

namespace FinanceStreams.Host.Cli;

/// <summary>
/// <c>finance-streams run</c>: runs all or selected topologies in this process until SIGINT/SIGTERM.
/// Start more processes with the same command to scale out: they share the work through the consumer groups.
/// </summary>
internal static class RunCommand
{
    public static Command Build()
    {
        var cluster = new ClusterOptions();
        var topologies = new Option<string[]>("--topology") { Description = "Topology to run (repeatable; default: all).", AllowMultipleArgumentsPerToken = true };
        var registry = new Option<string>("--schema-registry-url") { Description = "Schema registry URL (default: $SCHEMA_REGISTRY_URL, else SchemaRegistry:Url in appsettings.json, else the local registry of --registry-info-file)." };
        var registryInfo = new Option<string>("--registry-info-file") { Description = "The local schema registry's info file ('dev registry' writes it), used when no registry URL is given.", DefaultValueFactory = _ => DevPaths.RegistryInfo };
        var threads = new Option<int>("--threads") { Description = "Stream threads per topology.", DefaultValueFactory = _ => 1 };
        var guarantee = new Option<Guarantee>("--guarantee") { Description = "AtLeastOnce or ExactlyOnceV2 (exactly-once needs a real broker: the local one keeps no transactional offsets).", DefaultValueFactory = _ => Guarantee.AtLeastOnce };
        var stateDir = new Option<string>("--state-dir") { Description = "State directory.", DefaultValueFactory = _ => Path.Combine(DevPaths.Root, "state") };
        var createTopics = new Option<bool>("--create-topics") { Description = "Create the catalog's topics if missing (default with the local broker)." };
        var httpPort = new Option<int?>("--http-port") { Description = "Port of the HTTP API, health and /metrics on 127.0.0.1 (default Http:Port, 8080; 0: any free port)." };
        var otlpEndpoint = new Option<string?>("--otlp-endpoint") { Description = "OpenTelemetry collector for traces and metrics over OTLP (default: $OTEL_EXPORTER_OTLP_ENDPOINT, else Telemetry:OtlpEndpoint; none: off)." };
        var otlpProtocol = new Option<string>("--otlp-protocol") { Description = "grpc or http/protobuf (default: $OTEL_EXPORTER_OTLP_PROTOCOL, else Telemetry:OtlpProtocol, else grpc)." };
        var command = new Command("run", "Run the pipeline's topologies until stopped.") { topologies, registry, registryInfo, threads, guarantee, stateDir, createTopics, httpPort, otlpEndpoint, otlpProtocol };
        cluster.AddTo(command);
        command.SetAction(async (result, cancel) =>
        {
            var connection = cluster.Resolve(result);
            var (registryUrl, registrySource) = HostSettings.Resolve(result, registry, "SCHEMA_REGISTRY_URL", "SchemaRegistry:Url")
                ?? LocalRegistry(result.GetValue(registryInfo)!)
                ?? throw new PreflightException($"--schema-registry-url (or SCHEMA_REGISTRY_URL, or SchemaRegistry:Url in appsettings.json) is required: no local registry at '{result.GetValue(registryInfo)}' (start one with 'finance-streams dev registry').");
            var selected = PipelineTopologies.Select(result.GetValue(topologies) ?? []);
            var streamizSettings = selected.Select(t => StreamizSettings(t, connection, result, stateDir, threads, guarantee)).ToList();
            Preflight.Kafka(connection.BootstrapServers, connection.Source);
            await Preflight.SchemaRegistryAsync(registryUrl, registrySource, cancel).ConfigureAwait(false);
            var otlp = HostSettings.Resolve(result, otlpEndpoint, "OTEL_EXPORTER_OTLP_ENDPOINT", "Telemetry:OtlpEndpoint")?.Value;
            var protocol = HostSettings.Resolve(result, otlpProtocol, "OTEL_EXPORTER_OTLP_PROTOCOL", "Telemetry:OtlpProtocol")?.Value ?? "grpc";
            using var telemetry = OpenTelemetryExport.Start(otlp, protocol);
            if (telemetry is not null)
            {
                Console.WriteLine($"OpenTelemetry traces and metrics to {otlp} ({protocol})");
            }

            if (result.GetValue(createTopics) || connection.DevBrokerControlUrl is not null)
            {
                using var admin = connection.CreateTopicAdmin();
                await admin.EnsureTopicsAsync([.. Topics.All], cancel).ConfigureAwait(false);
            }

            using var serdes = ContractSerdes.Create(new SchemaRegistryConfig { Url = registryUrl });
            var streamiz = new List<StreamizPipeline>();
            var readiness = new StreamsReadiness(selected.Count);
            using var audit = new KafkaAuditSink(connection.BootstrapServers, serdes);
            using var broker = new KafkaBrokerProbe(connection.BootstrapServers, TimeProvider.System);
            HttpHost? http = null;
            BucketOwnership? ownership = null;
            try
            {
                foreach (var (topology, settings) in selected.Zip(streamizSettings))
                {
                    streamiz.Add(new StreamizPipeline(topology, connection, serdes, settings));
                }

                var budgetQuery = BudgetQuery(selected, streamiz);
                http = new HttpHost(HttpOptions(result.GetValue(httpPort)), readiness, budgetQuery is null ? new NoBudgetQuery() : budgetQuery, audit, TimeProvider.System, broker);
                var address = await http.StartAsync(cancel).ConfigureAwait(false);
                Console.WriteLine($"HTTP API, /health and /metrics on {address}");

                foreach (var (topology, pipeline) in selected.Zip(streamiz))
                {
                    await pipeline.StartAsync(cancel).ConfigureAwait(false);
                    readiness.Track(() => pipeline.IsReady);
                    Console.WriteLine($"[{topology.Name}] started as {topology.ApplicationId} (Streamiz)");
                }

                // after the topologies started: a missing input topic fails them before anything is created
                if (budgetQuery is not null)
                {
                    ownership = await StartOwnershipAsync(connection, budgetQuery, http.Self ?? address, cancel).ConfigureAwait(false);
                }

                bool Healthy() => streamiz.All(s => s.Failure is null);
                while (!cancel.IsCancellationRequested && Healthy())
                {
                    await Task.Delay(250, CancellationToken.None).ConfigureAwait(false);
                }

                foreach (var failed in streamiz.Where(s => s.Failure is not null))
                {
                    Console.Error.WriteLine($"{failed.Failure!.GetType().Name}: {failed.Failure.Message}");
                }

                return Healthy() ? 0 : 1;
            }
            finally
            {
                foreach (var (topology, pipeline) in selected.Zip(streamiz))
                {
                    await Stopping(topology.Name, () => Task.Run(pipeline.Dispose)).ConfigureAwait(false);
                }

                if (http is not null)
                {
                    await http.DisposeAsync().ConfigureAwait(false);
                }

                if (ownership is not null)
                {
                    await ownership.DisposeAsync().ConfigureAwait(false);
                }
            }
        });
        return command;
    }

    /// <summary>
    /// A Streamiz topology's settings: the defaults, the <c>Streams</c> configuration section, then the flags given
    /// on the command line (the state directory always: its flag has a default of its own).
    /// </summary>
    private static StreamsSettings StreamizSettings(PipelineTopology topology, ClusterConnection connection, ParseResult result, Option<string> stateDir, Option<int> threads, Option<Guarantee> guarantee)
    {
        var settings = ConfiguredStreamsSettings.For(topology.ApplicationId, connection) with { StateDir = Path.Combine(result.GetValue(stateDir)!, topology.Name) };
        if (result.GetResult(threads) is { Implicit: false })
        {
            settings = settings with { NumStreamThreads = result.GetValue(threads) };
        }

        if (result.GetResult(guarantee) is { Implicit: false })
        {
            settings = settings with { Guarantee = result.GetValue(guarantee) == Guarantee.ExactlyOnceV2 ? Streamiz.Kafka.Net.ProcessingGuarantee.EXACTLY_ONCE : Streamiz.Kafka.Net.ProcessingGuarantee.AT_LEAST_ONCE };
        }

        return settings;
    }

    /// <summary>Stops one topology, saying when it starts and how long it took (a stop that hangs shows which one).</summary>
    private static async Task Stopping(string name, Func<Task> stop)
    {
        Console.WriteLine($"{TimeProvider.System.GetLocalNow():HH:mm:ss.fff} [{name}] stopping");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await stop().ConfigureAwait(false);
        Console.WriteLine($"{TimeProvider.System.GetLocalNow():HH:mm:ss.fff} [{name}] stopped in {clock.ElapsedMilliseconds} ms");
    }

    /// <summary>The budget API's view of the budget topology's buckets, when this process runs it.</summary>
    private static IBucketQuery? BudgetQuery(IReadOnlyList<PipelineTopology> selected, List<StreamizPipeline> streamiz)
    {
        var budget = selected.Zip(streamiz).Where(x => x.First.Name == "budget").Select(x => x.Second).FirstOrDefault();
        return budget is null ? null : new ConsumptionBudgetQuery(() => budget.IsReady ? budget.Stream : null, ConsumptionBudgetQuery.DefaultApplicationId);
    }

    private static async Task<BucketOwnership> StartOwnershipAsync(ClusterConnection connection, IBucketHolder query, Uri self, CancellationToken cancel)
    {
        var topic = $"{ConsumptionBudgetQuery.DefaultApplicationId}-api-owners";
        using (var admin = connection.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([BucketOwnership.Spec(topic)], cancel).ConfigureAwait(false);
        }

        var ownership = new BucketOwnership(connection.BootstrapServers, topic, self, Topics.Partitions, query.Holds);
        query.UseOwners(ownership.OwnerOf);
        ownership.Start();
        return ownership;
    }

    /// <summary>HTTP settings from appsettings.json and FINANCE_STREAMS_* environment variables (section Http), the port flag winning.</summary>
    private static HttpHostOptions HttpOptions(int? port)
    {
        var options = HttpHostOptions.FromConfiguration(HostSettings.Configuration.GetSection("Http"), FinanceStreams.Topologies.Budget.BudgetOptions.DefaultRuleVersion);
        return port is { } p ? options with { Port = p } : options;
    }

    /// <summary>The local registry named by <paramref name="infoFile"/>, when the file exists.</summary>
    private static (string Value, string Source)? LocalRegistry(string infoFile) =>
        File.Exists(infoFile) ? (DevRegistryCommand.ReadUrl(infoFile), $"the local registry of {infoFile}") : null;
}
