using System.Diagnostics;
using FinanceStreams.IntegrationTests.Infrastructure;

namespace FinanceStreams.IntegrationTests.Host;

/// <summary>Bad configuration fails fast, names the setting, exits non-zero; describing needs no cluster.</summary>
[Collection(KafkaCollection.Name)]
public sealed class CliConfigurationTests(KafkaCluster cluster)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Run_UnreachableBootstrapServers_FailsWithinSecondsNamingTheSetting()
    {
        var clock = Stopwatch.StartNew();
        var (exit, output) = await CliProcess.RunAsync(Timeout, "run", "--bootstrap-servers", "127.0.0.1:1", "--schema-registry-url", "http://127.0.0.1:9");

        Assert.Equal(2, exit);
        Assert.Contains("error: --bootstrap-servers '127.0.0.1:1'", output, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SettingsFromConfiguration_AreUsedAndNamedWhenWrong()
    {
        var environment = new Dictionary<string, string>
        {
            ["KAFKA_BOOTSTRAP_SERVERS"] = string.Empty,
            ["SCHEMA_REGISTRY_URL"] = string.Empty,
            ["FINANCE_STREAMS_Kafka__BootstrapServers"] = "127.0.0.1:1",
            ["FINANCE_STREAMS_SchemaRegistry__Url"] = "http://127.0.0.1:9",
        };
        await using var fromConfiguration = CliProcess.Start(environment, "run");
        var exit = await fromConfiguration.WaitForExitAsync(Timeout);

        Assert.Equal(2, exit);
        Assert.Contains("error: Kafka:BootstrapServers (appsettings.json or FINANCE_STREAMS_Kafka__BootstrapServers) '127.0.0.1:1'", fromConfiguration.Output, StringComparison.Ordinal);

        await using var flagWins = CliProcess.Start(environment, ["run", .. cluster.CliArgs]);
        Assert.Equal(2, await flagWins.WaitForExitAsync(Timeout));
        Assert.Contains("error: SchemaRegistry:Url (appsettings.json or FINANCE_STREAMS_SchemaRegistry__Url) 'http://127.0.0.1:9'", flagWins.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FINANCE_STREAMS_Streams__CommitIntervalMillis", "500", "Unknown streams setting 'CommitIntervalMillis'")]
    [InlineData("FINANCE_STREAMS_Streams__CommitIntervalMs", "soon", "CommitIntervalMs")]
    public async Task Run_BadStreamsSetting_FailsBeforeConnectingNamingIt(string variable, string value, string expected)
    {
        await using var process = CliProcess.Start(new Dictionary<string, string> { [variable] = value }, "run", "--bootstrap-servers", "127.0.0.1:1", "--schema-registry-url", "http://127.0.0.1:9");

        Assert.Equal(2, await process.WaitForExitAsync(Timeout));
        Assert.Contains("Configuration section Streams: ", process.Output, StringComparison.Ordinal);
        Assert.Contains(expected, process.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1:1", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RegistryDown_FailsNamingTheRegistrySetting()
    {
        var (exit, output) = await CliProcess.RunAsync(Timeout, ["run", "--schema-registry-url", "http://127.0.0.1:9", .. cluster.CliArgs]);

        Assert.Equal(2, exit);
        Assert.Contains("error: --schema-registry-url 'http://127.0.0.1:9'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithoutARegistryUrl_UsesTheLocalRegistryOfItsInfoFile()
    {
        var info = Path.Combine(Directory.CreateTempSubdirectory("registry-info-").FullName, "registry.json");
        await File.WriteAllTextAsync(info, """{"url":"http://127.0.0.1:9/"}""");

        var (exit, output) = await CliProcess.RunAsync(Timeout, ["run", "--registry-info-file", info, .. cluster.CliArgs]);

        Assert.Equal(2, exit);
        Assert.Contains($"the local registry of {info} 'http://127.0.0.1:9/'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithNoRegistryAnywhere_SaysHowToStartTheLocalOne()
    {
        var (exit, output) = await CliProcess.RunAsync(Timeout, ["run", "--registry-info-file", "/nonexistent/registry.json", .. cluster.CliArgs]);

        Assert.Equal(2, exit);
        Assert.Contains("no local registry at '/nonexistent/registry.json' (start one with 'finance-streams dev registry')", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownTopology_FailsListingTheKnownOnes()
    {
        var (exit, output) = await CliProcess.RunAsync(Timeout, "topologies", "describe", "nope");

        Assert.Equal(2, exit);
        Assert.Contains("Unknown topology nope; known: budget", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopologiesDescribe_Budget_PrintsTextAndMermaid()
    {
        var text = await CliProcess.RunAsync(Timeout, "topologies", "describe", "budget");
        var mermaid = await CliProcess.RunAsync(Timeout, "topologies", "describe", "budget", "--mermaid");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Source: budgeting-cost-centers-source (topics: [budgeting.public.cost_centers])", text.Output, StringComparison.Ordinal);
        Assert.Contains("(topic: finance.budget-consumption)", text.Output, StringComparison.Ordinal);
        Assert.StartsWith("flowchart TD", mermaid.Output, StringComparison.Ordinal);
    }
}
