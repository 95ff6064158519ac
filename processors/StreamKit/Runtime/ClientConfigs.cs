using Confluent.Kafka;
using StreamKit.Partitioning;

namespace StreamKit.Runtime;

/// <summary>The one place where the application's settings are copied into Kafka client settings.</summary>
internal static class ClientConfigs
{
    public static IConsumer<byte[]?, byte[]?> MainConsumer(StreamsConfig config, string clientId, Action<ConsumerBuilder<byte[]?, byte[]?>> configure)
    {
        var builder = new ConsumerBuilder<byte[]?, byte[]?>(MainConsumerSettings(config, clientId));
        configure(builder);
        return builder.Build();
    }

    /// <summary>The group member's settings: a short session by default (6 s, a crashed member's tasks move on quickly), unless <see cref="StreamsConfig.ClientSettings"/> sets one.</summary>
    public static ConsumerConfig MainConsumerSettings(StreamsConfig config, string clientId)
    {
        var settings = new ConsumerConfig(Base(config, clientId))
        {
            GroupId = config.ApplicationId,
            EnableAutoCommit = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            IsolationLevel = IsolationLevel.ReadCommitted,
            // The group assigns only each sub-topology's leader topic, so cooperative rebalancing moves
            // whole tasks; the co-partitioned topics follow through the follower consumer.
            PartitionAssignmentStrategy = PartitionAssignmentStrategy.CooperativeSticky,
        };
        settings.SessionTimeoutMs ??= 6_000;
        settings.HeartbeatIntervalMs ??= Math.Min(1_000, settings.SessionTimeoutMs.Value / 3);
        return settings;
    }

    public static IConsumer<byte[]?, byte[]?> AssignOnlyConsumer(StreamsConfig config, string clientId) =>
        new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig(Base(config, clientId))
        {
            GroupId = $"{config.ApplicationId}-{clientId}",
            EnableAutoCommit = false,
            EnablePartitionEof = true,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            IsolationLevel = IsolationLevel.ReadCommitted,
        }).Build();

    /// <summary>
    /// Reads the co-partitioned (non-leader) inputs of the thread's tasks by assignment; its offsets are
    /// committed under <c>&lt;application.id&gt;-followers</c>, shared by every instance.
    /// </summary>
    public static IConsumer<byte[]?, byte[]?> FollowerConsumer(StreamsConfig config, string clientId) =>
        new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig(Base(config, clientId))
        {
            GroupId = $"{config.ApplicationId}-followers",
            EnableAutoCommit = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            IsolationLevel = IsolationLevel.ReadCommitted,
        }).Build();

    public static IProducer<byte[]?, byte[]?> Producer(StreamsConfig config, string clientId, string? transactionalId)
    {
        var settings = new ProducerConfig(Base(config, clientId))
        {
            EnableIdempotence = true,
            Acks = Acks.All,
            LingerMs = 5,
            TransactionalId = transactionalId,
        };
        if (!config.ClientSettings.ContainsKey("compression.type"))
        {
            // Changelog and repartition records are JSON or Avro with repeated field names and lineage: lz4 makes
            // them several times smaller for little CPU (a broker that caps partitions by size keeps more of them).
            settings.CompressionType = CompressionType.Lz4;
        }

        return new ProducerBuilder<byte[]?, byte[]?>(settings).SetDefaultPartitioner(KafkaPartitioners.Murmur2).Build();
    }

    private static ClientConfig Base(StreamsConfig config, string clientId)
    {
        return new ClientConfig(config.ClientSettings.ToDictionary()) { BootstrapServers = config.BootstrapServers, ClientId = clientId };
    }
}
