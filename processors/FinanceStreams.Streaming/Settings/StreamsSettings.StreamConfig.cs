using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.SerDes;

namespace FinanceStreams.Streaming.Settings;

public sealed partial record StreamsSettings
{
    /// <summary>A Streamiz configuration carrying every setting of this record; default serdes are byte arrays.</summary>
    /// <exception cref="InvalidOperationException">The settings contradict each other (exactly-once without idempotence).</exception>
    public StreamConfig ToStreamConfig() => ApplyTo(new StreamConfig());

    /// <summary>As <see cref="ToStreamConfig()"/>, with the given default key and value serdes.</summary>
    /// <typeparam name="TKeySerDes">Default key serdes.</typeparam>
    /// <typeparam name="TValueSerDes">Default value serdes.</typeparam>
    public StreamConfig<TKeySerDes, TValueSerDes> ToStreamConfig<TKeySerDes, TValueSerDes>()
        where TKeySerDes : ISerDes, new()
        where TValueSerDes : ISerDes, new() =>
        ApplyTo(new StreamConfig<TKeySerDes, TValueSerDes>());

    private TConfig ApplyTo<TConfig>(TConfig config)
        where TConfig : StreamConfig
    {
        if (Guarantee == ProcessingGuarantee.EXACTLY_ONCE && !EnableIdempotence)
        {
            throw new InvalidOperationException($"Streams settings of '{ApplicationId}': {nameof(EnableIdempotence)}=false contradicts {nameof(Guarantee)}={Guarantee}, which needs an idempotent producer.");
        }

        // Order matters: setting the guarantee resets the commit interval and, for exactly-once,
        // turns idempotence on and forbids changing it afterwards.
        config.ApplicationId = ApplicationId;
        config.BootstrapServers = BootstrapServers;
        config.Guarantee = Guarantee;
        if (Guarantee != ProcessingGuarantee.EXACTLY_ONCE)
        {
            config.EnableIdempotence = EnableIdempotence;
        }

        config.CommitIntervalMs = EffectiveCommitIntervalMs;
        config.SessionTimeoutMs = SessionTimeoutMs;
        config.HeartbeatIntervalMs = HeartbeatIntervalMs;
        config.MaxPollRestoringRecords = MaxPollRestoringRecords;
        config.Partitioner = Partitioner;
        config.CompressionType = Compression;
        config.DeliveryReportFields = DeliveryReportFields;
        config.MaxTaskIdleMs = MaxTaskIdleMs;
        config.FetchWaitMaxMs = FetchWaitMaxMs;
        config.LingerMs = LingerMs;
        config.PollMs = PollMs;
        config.MaxPollRecords = MaxPollRecords;
        config.StateDir = StateDir;
        config.NumStreamThreads = NumStreamThreads;
        config.AutoOffsetReset = AutoOffsetReset;
        return config;
    }
}
