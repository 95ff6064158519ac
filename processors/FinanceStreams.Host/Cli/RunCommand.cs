using System.CommandLine;
using Confluent.SchemaRegistry;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Host.Topologies;
using StreamKit.Errors;
using StreamKit.Runtime;

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
        var registry = new Option<string>("--schema-registry-url") { Description = "Schema registry URL (default: $SCHEMA_REGISTRY_URL).", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("SCHEMA_REGISTRY_URL") ?? string.Empty };
        var threads = new Option<int>("--threads") { Description = "Stream threads per topology.", DefaultValueFactory = _ => 1 };
        var guarantee = new Option<ProcessingGuarantee>("--guarantee") { Description = "AtLeastOnce or ExactlyOnceV2.", DefaultValueFactory = _ => ProcessingGuarantee.AtLeastOnce };
        var stateDir = new Option<string>("--state-dir") { Description = "State directory.", DefaultValueFactory = _ => Path.Combine(DevPaths.Root, "state") };
        var createTopics = new Option<bool>("--create-topics") { Description = "Create the catalog's topics if missing (default with the local broker)." };
        var command = new Command("run", "Run the pipeline's topologies until stopped.") { topologies, registry, threads, guarantee, stateDir, createTopics };
        cluster.AddTo(command);
        command.SetAction(async (result, cancel) =>
        {
            var connection = cluster.Resolve(result);
            var registryUrl = result.GetValue(registry);
            if (string.IsNullOrWhiteSpace(registryUrl))
            {
                throw new PreflightException("--schema-registry-url (or SCHEMA_REGISTRY_URL) is required.");
            }

            Preflight.Kafka(connection.BootstrapServers, "--bootstrap-servers");
            await Preflight.SchemaRegistryAsync(registryUrl, "--schema-registry-url", cancel).ConfigureAwait(false);
            var selected = PipelineTopologies.Select(result.GetValue(topologies) ?? []);
            if (result.GetValue(createTopics) || connection.DevBrokerControlUrl is not null)
            {
                using var admin = connection.CreateTopicAdmin();
                await admin.EnsureTopicsAsync([.. Topics.All], cancel).ConfigureAwait(false);
            }

            using var serdes = ContractSerdes.Create(new SchemaRegistryConfig { Url = registryUrl });
            var running = new List<KafkaStreams>();
            try
            {
                foreach (var topology in selected)
                {
                    var config = new StreamsConfig(topology.ApplicationId, connection.BootstrapServers)
                    {
                        DevBrokerControlUrl = connection.DevBrokerControlUrl,
                        StreamThreads = result.GetValue(threads),
                        Guarantee = result.GetValue(guarantee),
                        StateDirectory = Path.Combine(result.GetValue(stateDir)!, topology.Name),
                        RecordErrors = RecordErrorHandling.DeadLetter(Topics.DeadLetters.Name),
                    };
                    var streams = new KafkaStreams(topology.Build(serdes), config, line => Console.WriteLine($"[{topology.Name}] {line}"));
                    running.Add(streams);
                    await streams.StartAsync(cancel).ConfigureAwait(false);
                    Console.WriteLine($"[{topology.Name}] started as {topology.ApplicationId}");
                }

                while (!cancel.IsCancellationRequested && running.All(s => s.Failure is null))
                {
                    await Task.Delay(250, CancellationToken.None).ConfigureAwait(false);
                }

                return running.All(s => s.Failure is null) ? 0 : 1;
            }
            finally
            {
                foreach (var streams in running)
                {
                    await streams.DisposeAsync().ConfigureAwait(false);
                }
            }
        });
        return command;
    }
}
