using StreamKit.Runtime;

namespace StreamKit.Tests.Runtime;

public sealed class ClientConfigsTests
{
    [Fact]
    public void MainConsumerSettings_NoClientSettings_UseTheShortSessionDefault()
    {
        var settings = ClientConfigs.MainConsumerSettings(new StreamsConfig("app", "localhost:9092"), "client");

        Assert.Equal(6_000, settings.SessionTimeoutMs);
        Assert.Equal(1_000, settings.HeartbeatIntervalMs);
    }

    [Fact]
    public void MainConsumerSettings_SessionTimeoutInClientSettings_WinsOverTheDefault()
    {
        var config = new StreamsConfig("app", "localhost:9092") { ClientSettings = new Dictionary<string, string> { ["session.timeout.ms"] = "45000" } };

        var settings = ClientConfigs.MainConsumerSettings(config, "client");

        Assert.Equal(45_000, settings.SessionTimeoutMs);
        Assert.Equal(1_000, settings.HeartbeatIntervalMs);
        Assert.Equal("app", settings.GroupId);
    }
}
