using StreamKit.Admin;

namespace StreamKit.Tests.Dsl.Windowing;

/// <summary>A topic admin that knows a fixed set of topics and their partition counts.</summary>
internal sealed class FakeTopicAdmin(Dictionary<string, int> topics) : ITopicAdmin
{
    public Task EnsureTopicsAsync(IReadOnlyCollection<TopicSpec> specs, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyDictionary<string, int>> GetPartitionCountsAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(names.Where(topics.ContainsKey).ToDictionary(n => n, n => topics[n]));

    public void Dispose()
    {
    }
}
