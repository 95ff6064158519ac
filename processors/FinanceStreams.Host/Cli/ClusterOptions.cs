using System.CommandLine;
using FinanceStreams.Streaming.Admin;

namespace FinanceStreams.Host.Cli;

/// <summary>
/// The command-line options that say which Kafka cluster to use: an explicit bootstrap address
/// (or <c>KAFKA_BOOTSTRAP_SERVERS</c>) means a real cluster; otherwise the local broker's info file.
/// </summary>
internal sealed class ClusterOptions
{
    public const string BootstrapVariable = "KAFKA_BOOTSTRAP_SERVERS";

    /// <summary>The configuration key of the bootstrap servers.</summary>
    public const string BootstrapKey = "Kafka:BootstrapServers";

    public Option<string?> Bootstrap { get; } = new("--bootstrap-servers")
    {
        Description = $"Kafka bootstrap servers of a real cluster (default: ${BootstrapVariable}, else {BootstrapKey} in appsettings.json, else the local broker).",
    };

    public Option<string> InfoFile { get; } = new("--info-file")
    {
        Description = "The local broker's info file, used when no bootstrap servers are given.",
        DefaultValueFactory = _ => DevPaths.BrokerInfo,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Bootstrap);
        command.Options.Add(InfoFile);
    }

    /// <summary>The cluster the parsed command line names: --bootstrap-servers, an explicit --info-file, $KAFKA_BOOTSTRAP_SERVERS, Kafka:BootstrapServers, else the local broker's default info file.</summary>
    public ClusterConnection Resolve(ParseResult result)
    {
        var explicitInfoFile = result.GetResult(InfoFile) is { Implicit: false };
        if ((explicitInfoFile && result.GetResult(Bootstrap) is null ? null : HostSettings.Resolve(result, Bootstrap, BootstrapVariable, BootstrapKey)) is var (bootstrap, source))
        {
            return new ClusterConnection(bootstrap, null) { Source = source };
        }

        var info = DevBrokerInfo.Read(result.GetValue(InfoFile)!);
        return new ClusterConnection(info.BootstrapServers, info.ControlUrl);
    }
}

/// <summary>A resolved cluster: where to connect and, for the local broker, its control endpoint.</summary>
/// <param name="BootstrapServers">Kafka bootstrap servers.</param>
/// <param name="DevBrokerControlUrl">The local broker's control endpoint, null for a real cluster.</param>
internal sealed record ClusterConnection(string BootstrapServers, Uri? DevBrokerControlUrl)
{
    /// <summary>The setting that named the cluster, for error messages.</summary>
    public string Source { get; init; } = "--bootstrap-servers";

    public ITopicAdmin CreateTopicAdmin() => TopicAdmins.Create(BootstrapServers, DevBrokerControlUrl);
}
