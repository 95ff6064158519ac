using FinanceStreams.IntegrationTests.Infrastructure;

namespace FinanceStreams.IntegrationTests.Consumption;

/// <summary>A cluster of its own for the Streamiz topologies' broker tests (their results are judged from their own histories).</summary>
[CollectionDefinition(Name)]
public sealed class StreamizKafkaCollection : ICollectionFixture<KafkaCluster>
{
    public const string Name = "streamiz-kafka";
}
