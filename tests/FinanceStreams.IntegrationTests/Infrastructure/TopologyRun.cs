using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Host.Cli;
using FinanceStreams.Host.Streams;
using FinanceStreams.Host.Topologies;

namespace FinanceStreams.IntegrationTests.Infrastructure;

/// <summary>Starts one of the pipeline's topologies in this process as <c>run</c> does (its Streamiz settings, dead letters and error policy), on the test cluster.</summary>
internal static class TopologyRun
{
    public static async Task<StreamizPipeline> StartAsync(KafkaCluster cluster, ContractSerdes serdes, string topology, string applicationId)
    {
        var connection = new ClusterConnection(cluster.BootstrapServers, cluster.DevBrokerControlUrl);
        var settings = ConfiguredStreamsSettings.For(applicationId, connection) with
        {
            StateDir = Directory.CreateTempSubdirectory($"{topology}-").FullName,
            CommitIntervalMs = 200,
        };
        var pipeline = new StreamizPipeline(PipelineTopologies.Select([topology]).Single(), connection, serdes, settings);
        await pipeline.StartAsync(CancellationToken.None);
        return pipeline;
    }
}
