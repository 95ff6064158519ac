using FinanceStreams.Streaming.Admin;
using Testcontainers.Kafka;

namespace FinanceStreams.IntegrationTests.Infrastructure;

/// <summary>
/// The Kafka cluster integration tests run against: the one named by <c>KAFKA_BOOTSTRAP_SERVERS</c>
/// when set; else a Testcontainers Kafka when a Docker engine answers; else the project's local
/// broker, started as a child process. Tests only see the bootstrap address, a topic admin, and the
/// CLI arguments that point a child process at the same cluster.
/// </summary>
public sealed class KafkaCluster : IAsyncLifetime
{
    private CliProcess? _devBroker;
    private KafkaContainer? _container;
    private string? _infoFile;

    public string Kind { get; private set; } = "none";

    public string BootstrapServers { get; private set; } = string.Empty;

    public Uri? DevBrokerControlUrl { get; private set; }

    /// <summary>Arguments that point a CLI child process at this cluster.</summary>
    public IReadOnlyList<string> CliArgs => _infoFile is null ? ["--bootstrap-servers", BootstrapServers] : ["--info-file", _infoFile];

    public ITopicAdmin CreateTopicAdmin() => TopicAdmins.Create(BootstrapServers, DevBrokerControlUrl);

    /// <summary>A cluster of the caller's own (the environment's choice, as for a collection), started.</summary>
    public static async Task<KafkaCluster> StartAsync()
    {
        var cluster = new KafkaCluster();
        await cluster.InitializeAsync().ConfigureAwait(false);
        return cluster;
    }

    /// <summary>A local broker of the caller's own whatever the environment names: only it lets a test take brokers down.</summary>
    public static async Task<KafkaCluster> StartLocalAsync()
    {
        var cluster = new KafkaCluster();
        await cluster.StartDevBrokerAsync().ConfigureAwait(false);
        return cluster;
    }

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable("KAFKA_BOOTSTRAP_SERVERS");
        if (!string.IsNullOrWhiteSpace(external))
        {
            (Kind, BootstrapServers) = ("external", external);
        }
        else if (await DockerEngine.AnswersAsync().ConfigureAwait(false))
        {
            _container = new KafkaBuilder("confluentinc/cp-kafka:7.9.0").Build();
            await _container.StartAsync().ConfigureAwait(false);
            (Kind, BootstrapServers) = ("testcontainers", _container.GetBootstrapAddress());
        }
        else
        {
            await StartDevBrokerAsync().ConfigureAwait(false);
        }
    }

    public async Task DisposeAsync()
    {
        if (_devBroker is not null)
        {
            await _devBroker.StopAsync(TimeSpan.FromSeconds(15)).ConfigureAwait(false);
            await _devBroker.DisposeAsync().ConfigureAwait(false);
        }

        if (_container is not null)
        {
            await _container.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task StartDevBrokerAsync()
    {
        _infoFile = Path.Combine(Path.GetTempPath(), $"finance-streams-broker-{Guid.NewGuid():N}.json");
        _devBroker = CliProcess.Start("dev", "broker", "--brokers", "3", "--info-file", _infoFile);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!File.Exists(_infoFile))
        {
            if (_devBroker.HasExited || DateTimeOffset.UtcNow > deadline)
            {
                throw new InvalidOperationException($"the local broker did not start:\n{_devBroker.Output}");
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        var info = DevBrokerInfo.Read(_infoFile);
        (Kind, BootstrapServers, DevBrokerControlUrl) = ("local", info.BootstrapServers, info.ControlUrl);
    }
}

/// <summary>All integration tests share one cluster.</summary>
[CollectionDefinition(Name)]
public sealed class KafkaCollection : ICollectionFixture<KafkaCluster>
{
    public const string Name = "kafka";
}

/// <summary>
/// A cluster of its own for the tests that run the whole pipeline on simulated data: they write master
/// data (cost centers, suppliers, FX rates) to the catalog's topics, which would change the results of the
/// property tests on the shared cluster. With <c>KAFKA_BOOTSTRAP_SERVERS</c> set both collections use that
/// cluster: run those against a cluster of their own, or expect the property tests to see the extra data.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PipelineKafkaCollection : ICollectionFixture<KafkaCluster>
{
    public const string Name = "pipeline-kafka";
}

/// <summary>
/// A cluster of its own for the randomized property tests on the broker: their expected results are computed
/// from their own histories only, so no other test may write to the catalog's topics they read.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PropertyKafkaCollection : ICollectionFixture<KafkaCluster>
{
    public const string Name = "property-kafka";
}
