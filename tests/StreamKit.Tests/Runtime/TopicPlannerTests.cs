using StreamKit.Admin;
using StreamKit.Dsl;
using StreamKit.Errors;
using StreamKit.Runtime;
using StreamKit.Serialization;

namespace StreamKit.Tests.Runtime;

public sealed class TopicPlannerTests
{
    private static readonly Consumed<string, string> Strings = Consumed<string, string>.With(Serdes.String, Serdes.String);

    private sealed class FakeAdmin(Dictionary<string, int> topics) : ITopicAdmin
    {
        public Task EnsureTopicsAsync(IReadOnlyCollection<TopicSpec> specs, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IReadOnlyDictionary<string, int>> GetPartitionCountsAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyDictionary<string, int>>(names.Where(topics.ContainsKey).ToDictionary(n => n, n => topics[n]));

        public void Dispose()
        {
        }
    }

    private static Task<IReadOnlyList<TopicSpec>> CreateSut(Topology topology, Dictionary<string, int> existing) =>
        TopicPlanner.PlanAsync(topology, "app", new FakeAdmin(existing), CancellationToken.None);

    [Fact]
    public async Task Plan_ForeignKeyJoin_SubscriptionFollowsRightAndResponseFollowsLeft()
    {
        var builder = new StreamsBuilder("app");
        builder.Table("invoices", Strings).JoinOnForeignKey(builder.Table("suppliers", Strings), v => v, (a, b) => a + b, Materialized<string, string>.As("joined", Serdes.String, Serdes.String), "fk");

        var plan = (await CreateSut(builder.Build(), new() { ["invoices"] = 6, ["suppliers"] = 2 })).ToDictionary(t => t.Name);

        Assert.Equal(2, plan["app-fk-subscription-registration-repartition"].Partitions);
        Assert.Equal(6, plan["app-fk-subscription-response-repartition"].Partitions);
        Assert.Equal(6, plan["app-joined-changelog"].Partitions);
        Assert.Equal(CleanupPolicy.Compact, plan["app-joined-changelog"].CleanupPolicy);
    }

    [Fact]
    public async Task Plan_JoinOfTopicsWithDifferentPartitionCounts_FailsNamingBoth()
    {
        var builder = new StreamsBuilder("app");
        builder.Table("left", Strings).Join(builder.Table("right", Strings), (a, b) => a + b, Materialized<string, string>.With(Serdes.String, Serdes.String));

        var error = await Assert.ThrowsAsync<FatalStreamsException>(() => CreateSut(builder.Build(), new() { ["left"] = 3, ["right"] = 4 }));

        Assert.Contains("left (3 partitions)", error.Message, StringComparison.Ordinal);
        Assert.Contains("right (4 partitions)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_MissingInputTopics_FailsNamingEveryOne()
    {
        var builder = new StreamsBuilder("app");
        builder.Stream("a", Strings).Merge(builder.Stream("b", Strings)).To("out");

        var error = await Assert.ThrowsAsync<FatalStreamsException>(() => CreateSut(builder.Build(), []));

        Assert.Contains("do not exist: a, b", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_GroupByNewKey_RepartitionTopicTakesTheUpstreamCount()
    {
        var builder = new StreamsBuilder("app");
        builder.Stream("in", Strings).GroupBy((_, v) => v, Grouped<string, string>.With(Serdes.String, Serdes.String).WithName("g")).Count(Materialized<string, long>.As("n", Serdes.String, Serdes.Int64));

        var plan = (await CreateSut(builder.Build(), new() { ["in"] = 5 })).ToDictionary(t => t.Name);

        Assert.Equal(5, plan["app-g-repartition"].Partitions);
        Assert.Equal(5, plan["app-n-changelog"].Partitions);
    }
}
