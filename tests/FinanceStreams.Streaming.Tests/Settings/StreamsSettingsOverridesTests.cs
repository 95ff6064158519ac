using Confluent.Kafka;
using FinanceStreams.Streaming.Settings;
using Streamiz.Kafka.Net;

namespace FinanceStreams.Streaming.Tests.Settings;

public sealed class StreamsSettingsOverridesTests
{
    private static StreamsSettings CreateSut() => StreamsSettings.Defaults("app-1", "127.0.0.1:9092");

    private static StreamsSettings Override(string key, string value) =>
        CreateSut().WithOverrides(new Dictionary<string, string> { [key] = value });

    [Fact]
    public void WithOverrides_EachKey_SetsItsSetting()
    {
        Assert.Equal("app-2", Override("ApplicationId", "app-2").ApplicationId);
        Assert.Equal("broker:29092", Override("BootstrapServers", "broker:29092").BootstrapServers);
        Assert.Equal(500, Override("CommitIntervalMs", "500").CommitIntervalMs);
        Assert.Equal(7_000, Override("SessionTimeoutMs", "7000").SessionTimeoutMs);
        Assert.Equal(2_000, Override("HeartbeatIntervalMs", "2000").HeartbeatIntervalMs);
        Assert.Equal(20_000, Override("MaxPollRestoringRecords", "20000").MaxPollRestoringRecords);
        Assert.Equal(Partitioner.Murmur2, Override("Partitioner", "murmur2").Partitioner);
        Assert.Equal(Partitioner.ConsistentRandom, Override("Partitioner", "consistent_random").Partitioner);
        Assert.Equal(CompressionType.Lz4, Override("Compression", "lz4").Compression);
        Assert.Equal(35, Override("MaxTaskIdleMs", "35").MaxTaskIdleMs);
        Assert.Equal(15, Override("PollMs", "15").PollMs);
        Assert.Equal(5_000, Override("MaxPollRecords", "5000").MaxPollRecords);
        Assert.Equal(10, Override("FetchWaitMaxMs", "10").FetchWaitMaxMs);
        Assert.Equal(50, Override("LingerMs", "50").LingerMs);
        Assert.False(Override("EnableIdempotence", "false").EnableIdempotence);
        Assert.Equal(ProcessingGuarantee.EXACTLY_ONCE, Override("Guarantee", "exactly_once").Guarantee);
        Assert.Equal(ProcessingGuarantee.EXACTLY_ONCE, Override("Guarantee", "ExactlyOnce").Guarantee);
        Assert.Equal("/var/lib/fs", Override("StateDir", "/var/lib/fs").StateDir);
        Assert.Equal(4, Override("NumStreamThreads", "4").NumStreamThreads);
        Assert.Equal(AutoOffsetReset.Latest, Override("AutoOffsetReset", "latest").AutoOffsetReset);
    }

    [Fact]
    public void WithOverrides_KeyInOtherCase_IsAccepted() =>
        Assert.Equal(42, Override("maxtaskidlems", "42").MaxTaskIdleMs);

    [Fact]
    public void WithOverrides_Empty_ReturnsEqualSettings() =>
        Assert.Equal(CreateSut(), CreateSut().WithOverrides(new Dictionary<string, string>()));

    [Fact]
    public void OverrideKeys_Always_CoverEverySettableProperty()
    {
        var settable = typeof(StreamsSettings).GetProperties().Where(p => p.SetMethod is not null).Select(p => p.Name).Order();

        Assert.Equal(settable, StreamsSettings.OverrideKeys.Order());
    }

    [Fact]
    public void WithOverrides_UnknownKey_ThrowsNamingKeyAndAllowedKeys()
    {
        var error = Assert.Throws<ArgumentException>(() => Override("CommitInterval", "500"));

        Assert.Contains("'CommitInterval'", error.Message, StringComparison.Ordinal);
        Assert.Contains("CommitIntervalMs", error.Message, StringComparison.Ordinal);
        Assert.Contains("Guarantee", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CommitIntervalMs", "soon", "an integer from 1 to")]
    [InlineData("CommitIntervalMs", "0", "an integer from 1 to")]
    [InlineData("MaxTaskIdleMs", "-1", "an integer from 0 to")]
    [InlineData("SessionTimeoutMs", "3000000000", "an integer from 1 to 2147483647")]
    [InlineData("NumStreamThreads", "1.5", "an integer from 1 to 1024")]
    [InlineData("EnableIdempotence", "yes", "true or false")]
    [InlineData("StateDir", " ", "a non-empty string")]
    [InlineData("Compression", "brotli", "one of None, Gzip, Snappy, Lz4, Zstd")]
    [InlineData("Guarantee", "at_most_once", "one of AT_LEAST_ONCE, EXACTLY_ONCE")]
    [InlineData("Partitioner", "5", "Murmur2Random")]
    public void WithOverrides_BadValue_ThrowsNamingKeyAndAllowedValues(string key, string value, string allowed)
    {
        var error = Assert.Throws<ArgumentException>(() => Override(key, value));

        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(allowed, error.Message, StringComparison.Ordinal);
        Assert.Equal(key, error.ParamName);
    }

    [Fact]
    public void WithOverrides_SameKeyInTwoCases_Throws()
    {
        var overrides = new Dictionary<string, string> { ["Compression"] = "lz4", ["compression"] = "zstd" };

        var error = Assert.Throws<ArgumentException>(() => CreateSut().WithOverrides(overrides));

        Assert.Contains("more than once", error.Message, StringComparison.Ordinal);
    }
}
