using Confluent.Kafka;

namespace FinanceStreams.Streaming.Admin;

/// <summary>The one place that decides which <see cref="ITopicAdmin"/> a cluster gets.</summary>
public static class TopicAdmins
{
    /// <summary>
    /// A topic admin for the cluster at <paramref name="bootstrapServers"/>. When
    /// <paramref name="devBrokerControlUrl"/> is given the cluster is the local development broker,
    /// whose topics are created through that endpoint; otherwise Kafka's Admin API is used.
    /// </summary>
    public static ITopicAdmin Create(string bootstrapServers, Uri? devBrokerControlUrl = null, TimeSpan? timeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bootstrapServers);
        var wait = timeout ?? TimeSpan.FromSeconds(30);
        var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build();
        return devBrokerControlUrl is null
            ? new KafkaTopicAdmin(admin, wait)
            : new DevBrokerTopicAdmin(admin, devBrokerControlUrl, wait);
    }

    /// <summary>A topic admin for the local development broker described by <paramref name="info"/>.</summary>
    public static ITopicAdmin Create(DevBrokerInfo info) => Create(info.BootstrapServers, info.ControlUrl);
}
