using Confluent.Kafka;
using FinanceStreams.Streaming.Settings;
using Streamiz.Kafka.Net;

namespace FinanceStreams.Streaming.Tests.Settings;

public sealed class StreamsSettingsTests
{
    private static StreamsSettings CreateSut() => StreamsSettings.Defaults("app-1", "127.0.0.1:9092");

    [Fact]
    public void Defaults_AnyApplication_AreTheMeasuredValues()
    {
        var settings = CreateSut();

        Assert.Equal("app-1", settings.ApplicationId);
        Assert.Equal("127.0.0.1:9092", settings.BootstrapServers);
        Assert.Null(settings.CommitIntervalMs);
        Assert.Equal(1_000, settings.EffectiveCommitIntervalMs);
        Assert.Equal(6_000, settings.SessionTimeoutMs);
        Assert.Equal(1_000, settings.HeartbeatIntervalMs);
        Assert.Equal(10_000, settings.MaxPollRestoringRecords);
        Assert.Equal(Partitioner.Murmur2Random, settings.Partitioner);
        Assert.Equal(CompressionType.Zstd, settings.Compression);
        Assert.Equal(0, settings.MaxTaskIdleMs);
        Assert.Equal(5, settings.PollMs);
        Assert.Equal(500, settings.MaxPollRecords);
        Assert.Equal(500, settings.FetchWaitMaxMs);
        Assert.Equal(5, settings.LingerMs);
        Assert.True(settings.EnableIdempotence);
        Assert.Equal(ProcessingGuarantee.AT_LEAST_ONCE, settings.Guarantee);
        Assert.Equal(1, settings.NumStreamThreads);
        Assert.Equal(AutoOffsetReset.Earliest, settings.AutoOffsetReset);
        Assert.EndsWith(Path.Combine("finance-streams", "state"), settings.StateDir, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "127.0.0.1:9092")]
    [InlineData("app", " ")]
    public void Defaults_BlankIdentity_Throws(string applicationId, string bootstrap) =>
        Assert.ThrowsAny<ArgumentException>(() => StreamsSettings.Defaults(applicationId, bootstrap));

    [Fact]
    public void EffectiveCommitIntervalMs_ExactlyOnceWithoutOverride_IsStreamizEosDefault() =>
        Assert.Equal(100, (CreateSut() with { Guarantee = ProcessingGuarantee.EXACTLY_ONCE }).EffectiveCommitIntervalMs);

    [Fact]
    public void EffectiveCommitIntervalMs_Overridden_IsTheOverrideUnderEitherGuarantee()
    {
        var settings = CreateSut() with { CommitIntervalMs = 250 };

        Assert.Equal(250, settings.EffectiveCommitIntervalMs);
        Assert.Equal(250, (settings with { Guarantee = ProcessingGuarantee.EXACTLY_ONCE }).EffectiveCommitIntervalMs);
    }

    [Fact]
    public void With_OneSetting_LeavesTheOthersAtTheirDefaults()
    {
        var settings = CreateSut() with { SessionTimeoutMs = 10_000 };

        Assert.Equal(10_000, settings.SessionTimeoutMs);
        Assert.Equal(CreateSut() with { SessionTimeoutMs = 10_000 }, settings);
        Assert.NotEqual(CreateSut(), settings);
    }

    [Fact]
    public void OnLocalBroker_ShortensTheFetchWaitAndLengthensTheLingerOnly()
    {
        var defaults = StreamsSettings.Defaults("app-1", "127.0.0.1:9092");

        var local = defaults.OnLocalBroker();

        Assert.Equal(10, local.FetchWaitMaxMs);
        Assert.Equal(20, local.LingerMs);
        Assert.Equal(defaults with { FetchWaitMaxMs = 10, LingerMs = 20 }, local);
    }
}
