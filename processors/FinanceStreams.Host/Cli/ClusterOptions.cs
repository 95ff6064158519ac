using System.CommandLine;
using StreamKit.Admin;

namespace FinanceStreams.Host.Cli;

/// <summary>
/// The command-line options that say which Kafka cluster to use: an explicit bootstrap address
/// (or <c>KAFKA_BOOTSTRAP_SERVERS</c>) means a real cluster; otherwise the local broker's info file.
/// </summary>
internal sealed class ClusterOptions
{
    public const string BootstrapVariable = "KAFKA_BOOTSTRAP_SERVERS";

    public Option<string?> Bootstrap { get; } = new("--bootstrap-servers")
    {
        Description = $"Kafka bootstrap servers of a real cluster (default: ${BootstrapVariable}, else the local broker).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(BootstrapVariable),
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

    /// <summary>The cluster the parsed command line names.</summary>
    public ClusterConnection Resolve(ParseResult result)
    {
        var bootstrap = result.GetValue(Bootstrap);
        if (!string.IsNullOrWhiteSpace(bootstrap))
        {
            return new ClusterConnection(bootstrap, null);
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
    public ITopicAdmin CreateTopicAdmin() => TopicAdmins.Create(BootstrapServers, DevBrokerControlUrl);
}
