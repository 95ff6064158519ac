using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Streaming.Provisioning;
using FinanceStreams.Streaming.Admin;

namespace FinanceStreams.Streaming.Tests.Provisioning;

public sealed class TopicProvisionerTests
{
    private readonly FakeTopicAdmin _admin = new();

    private TopicProvisioner CreateSut() => new(_admin, TimeSpan.Zero);

    [Fact]
    public async Task ProvisionAsync_Topology_EnsuresItsInternalTopics()
    {
        var topics = await CreateSut().ProvisionAsync(InternalTopicsTests.CreateTopology(), "app-1", 3);

        Assert.Equal(InternalTopics.Of(InternalTopicsTests.CreateTopology(), "app-1", 3), topics);
        Assert.Equal(topics, Assert.Single(_admin.Ensured));
    }

    [Fact]
    public async Task EnsureAsync_NoTopics_CallsNothing()
    {
        await CreateSut().EnsureAsync([]);

        Assert.Empty(_admin.Ensured);
    }

    [Fact]
    public async Task EnsureAsync_ExistingTopicWithOtherPartitionCount_ThrowsNamingIt()
    {
        _admin.Existing["app-1-store-changelog"] = 1;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CreateSut().EnsureAsync([new TopicSpec("app-1-store-changelog", 3, CleanupPolicy.Compact)]));

        Assert.Contains("'app-1-store-changelog' has 1 partitions, expected 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureAsync_TopicNeverAppears_ThrowsNamingIt()
    {
        _admin.Creates = false;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CreateSut().EnsureAsync([new TopicSpec("app-1-x-repartition", 3)]));

        Assert.Contains("'app-1-x-repartition' does not exist", error.Message, StringComparison.Ordinal);
    }

    private sealed class FakeTopicAdmin : ITopicAdmin
    {
        public Dictionary<string, int> Existing { get; } = [];

        public List<IReadOnlyCollection<TopicSpec>> Ensured { get; } = [];

        public bool Creates { get; set; } = true;

        public Task EnsureTopicsAsync(IReadOnlyCollection<TopicSpec> topics, CancellationToken cancellationToken = default)
        {
            Ensured.Add(topics);
            foreach (var topic in topics.Where(_ => Creates))
            {
                Existing.TryAdd(topic.Name, topic.Partitions);
            }

            return Task.CompletedTask;
        }

        public Task<IReadOnlyDictionary<string, int>> GetPartitionCountsAsync(IReadOnlyCollection<string> topics, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyDictionary<string, int>>(Existing.Where(e => topics.Contains(e.Key)).ToDictionary());

        public void Dispose()
        {
        }
    }
}
