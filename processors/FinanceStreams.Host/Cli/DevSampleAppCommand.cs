using System.CommandLine;
using FinanceStreams.Host.Samples;
using StreamKit.Dsl;
using StreamKit.Runtime;

namespace FinanceStreams.Host.Cli;

/// <summary><c>finance-streams dev sample-app</c>: runs the runtime's sample topology until SIGTERM.</summary>
internal static class DevSampleAppCommand
{
    public static Command Build()
    {
        var cluster = new ClusterOptions();
        var applicationId = new Option<string>("--application-id") { Description = "Application id (consumer group, internal topic prefix).", DefaultValueFactory = _ => "sample-app" };
        var threads = new Option<int>("--threads") { Description = "Stream threads.", DefaultValueFactory = _ => 1 };
        var guarantee = new Option<ProcessingGuarantee>("--guarantee") { Description = "AtLeastOnce or ExactlyOnceV2.", DefaultValueFactory = _ => ProcessingGuarantee.AtLeastOnce };
        var stateDir = new Option<string>("--state-dir") { Description = "State directory.", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "finance-streams-sample", Guid.NewGuid().ToString("N")) };
        var prefix = new Option<string>("--topic-prefix") { Description = "Prefix of the sample's topic names.", DefaultValueFactory = _ => string.Empty };
        var command = new Command("sample-app", "Run the runtime's sample topology (payments summed per customer, joined with customers).") { applicationId, threads, guarantee, stateDir, prefix };
        cluster.AddTo(command);
        command.SetAction(async (result, cancel) =>
        {
            var connection = cluster.Resolve(result);
            var config = new StreamsConfig(result.GetValue(applicationId)!, connection.BootstrapServers)
            {
                DevBrokerControlUrl = connection.DevBrokerControlUrl,
                StreamThreads = result.GetValue(threads),
                Guarantee = result.GetValue(guarantee),
                StateDirectory = result.GetValue(stateDir)!,
                CommitInterval = TimeSpan.FromMilliseconds(200),
            };
            var topology = PaymentTotalsTopology.Build(new StreamsBuilder(config.ApplicationId), result.GetValue(prefix)!);
            await using var streams = new KafkaStreams(topology, config, line => Console.WriteLine(line));
            await streams.StartAsync(cancel).ConfigureAwait(false);
            Console.WriteLine($"sample-app {config.InstanceId} started");
            while (!cancel.IsCancellationRequested && streams.Failure is null)
            {
                await Task.Delay(200, CancellationToken.None).ConfigureAwait(false);
            }

            return streams.Failure is null ? 0 : 1;
        });
        return command;
    }
}
