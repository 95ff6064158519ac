using Confluent.Kafka;
using FinanceStreams.Streaming.Settings;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.SerDes;

namespace FinanceStreams.Streaming.Tests.Settings;

public sealed class StreamsSettingsStreamConfigTests
{
    private static StreamsSettings CreateSut() => StreamsSettings.Defaults("app-1", "127.0.0.1:9092") with
    {
        CommitIntervalMs = 1_234,
        SessionTimeoutMs = 7_000,
        HeartbeatIntervalMs = 1_500,
        MaxPollRestoringRecords = 12_345,
        Partitioner = Partitioner.Murmur2,
        Compression = CompressionType.Zstd,
        DeliveryReportFields = "status",
        MaxTaskIdleMs = 321,
        PollMs = 25,
        MaxPollRecords = 2_500,
        FetchWaitMaxMs = 15,
        LingerMs = 35,
        StateDir = "/tmp/fs-state-test",
        NumStreamThreads = 2,
        AutoOffsetReset = AutoOffsetReset.Latest,
    };

    [Fact]
    public void ToStreamConfig_EverySetting_IsCarriedThrough()
    {
        var config = CreateSut().ToStreamConfig();

        Assert.Equal("app-1", config.ApplicationId);
        Assert.Equal("127.0.0.1:9092", config.BootstrapServers);
        Assert.Equal(ProcessingGuarantee.AT_LEAST_ONCE, config.Guarantee);
        Assert.Equal(1_234, config.CommitIntervalMs);
        Assert.Equal(12_345, config.MaxPollRestoringRecords);
        Assert.Equal(321, config.MaxTaskIdleMs);
        Assert.Equal(25, config.PollMs);
        Assert.Equal(2_500, config.MaxPollRecords);
        Assert.Equal(15, config.FetchWaitMaxMs);
        Assert.Equal(35, config.LingerMs);
        Assert.Equal("/tmp/fs-state-test", config.StateDir);
        Assert.Equal(2, config.NumStreamThreads);
    }

    [Fact]
    public void ToStreamConfig_ClientSettings_ReachTheClientConfigs()
    {
        var config = CreateSut().ToStreamConfig();
        var consumer = config.ToConsumerConfig("c");
        var producer = config.ToProducerConfig("p");

        Assert.Equal(7_000, consumer.SessionTimeoutMs);
        Assert.Equal(1_500, consumer.HeartbeatIntervalMs);
        Assert.Equal(AutoOffsetReset.Latest, consumer.AutoOffsetReset);
        Assert.Equal("127.0.0.1:9092", consumer.BootstrapServers);
        Assert.Equal(Partitioner.Murmur2, producer.Partitioner);
        Assert.Equal(CompressionType.Zstd, producer.CompressionType);
        Assert.Equal("status", producer.DeliveryReportFields);
        Assert.True(producer.EnableIdempotence);
        Assert.Equal("127.0.0.1:9092", producer.BootstrapServers);
    }

    [Fact]
    public void ToStreamConfig_Defaults_OverrideStreamizDefaults()
    {
        var config = StreamsSettings.Defaults("app-1", "127.0.0.1:9092").ToStreamConfig();

        Assert.Equal(1_000, config.CommitIntervalMs);
        Assert.Equal(10_000, config.MaxPollRestoringRecords);
        Assert.Equal(0, config.MaxTaskIdleMs);
        Assert.Equal(5, config.PollMs);
        Assert.Equal(Partitioner.Murmur2Random, config.ToProducerConfig("p").Partitioner);
        Assert.Equal(CompressionType.Zstd, config.ToProducerConfig("p").CompressionType);
        Assert.Equal("status,headers", config.ToProducerConfig("p").DeliveryReportFields);
        Assert.Equal(6_000, config.ToConsumerConfig("c").SessionTimeoutMs);
        Assert.Equal(AutoOffsetReset.Earliest, config.ToConsumerConfig("c").AutoOffsetReset);
    }

    [Fact]
    public void ToStreamConfig_IdempotenceOff_ReachesTheProducer() =>
        Assert.False((CreateSut() with { EnableIdempotence = false }).ToStreamConfig().ToProducerConfig("p").EnableIdempotence);

    [Fact]
    public void ToStreamConfig_ExactlyOnce_KeepsTheChosenCommitIntervalAndIdempotence()
    {
        var config = (CreateSut() with { Guarantee = ProcessingGuarantee.EXACTLY_ONCE }).ToStreamConfig();

        Assert.Equal(ProcessingGuarantee.EXACTLY_ONCE, config.Guarantee);
        Assert.Equal(1_234, config.CommitIntervalMs);
        Assert.True(config.ToProducerConfig("p").EnableIdempotence);
    }

    [Fact]
    public void ToStreamConfig_ExactlyOnceWithoutIdempotence_ThrowsNamingBoth()
    {
        var settings = CreateSut() with { Guarantee = ProcessingGuarantee.EXACTLY_ONCE, EnableIdempotence = false };

        var error = Assert.Throws<InvalidOperationException>(settings.ToStreamConfig);

        Assert.Contains("EnableIdempotence", error.Message, StringComparison.Ordinal);
        Assert.Contains("EXACTLY_ONCE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToStreamConfigGeneric_Serdes_AreTheDefaults()
    {
        var config = CreateSut().ToStreamConfig<StringSerDes, Int64SerDes>();

        Assert.IsType<StringSerDes>(config.DefaultKeySerDes);
        Assert.IsType<Int64SerDes>(config.DefaultValueSerDes);
        Assert.Equal(321, config.MaxTaskIdleMs);
    }
}
