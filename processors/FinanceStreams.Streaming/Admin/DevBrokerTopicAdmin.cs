using System.Net.Http.Json;
using Confluent.Kafka;
using FinanceStreams.Contracts.Catalog;

namespace FinanceStreams.Streaming.Admin;

/// <summary>
/// Topic administration against the local development broker: topics are created through its
/// loopback control endpoint, partition counts are read through the ordinary Metadata API.
/// </summary>
internal sealed class DevBrokerTopicAdmin(IAdminClient admin, Uri controlUrl, TimeSpan timeout) : ITopicAdmin
{
    private readonly HttpClient _http = new() { BaseAddress = controlUrl, Timeout = timeout };

    public async Task EnsureTopicsAsync(IReadOnlyCollection<TopicSpec> topics, CancellationToken cancellationToken = default)
    {
        var requests = topics.Select(t => t.Validate()).Select(t => new CreateTopicRequest(t.Name, t.Partitions, t.CleanupPolicy.ToString().ToLowerInvariant())).ToList();
        using var response = await _http.PostAsJsonAsync("topics", requests, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException($"The local broker at {controlUrl} refused to create topics: {(int)response.StatusCode} {body}");
        }
    }

    public Task<IReadOnlyDictionary<string, int>> GetPartitionCountsAsync(IReadOnlyCollection<string> topics, CancellationToken cancellationToken = default) =>
        Task.Run(() => MetadataReader.PartitionCounts(admin, topics, timeout), cancellationToken);

    public void Dispose()
    {
        _http.Dispose();
        admin.Dispose();
    }
}

/// <summary>The control endpoint's request body for one topic.</summary>
/// <param name="Name">Topic name.</param>
/// <param name="Partitions">Partition count.</param>
/// <param name="CleanupPolicy"><c>delete</c> or <c>compact</c>.</param>
public sealed record CreateTopicRequest(string Name, int Partitions, string CleanupPolicy);
