using FinanceStreams.Host.Cli;
using FinanceStreams.Streaming.Settings;

namespace FinanceStreams.Host.Streams;

/// <summary>
/// Streamiz settings for a topology: the defaults of <see cref="StreamsSettings"/>, then what the configuration's
/// <c>Streams</c> section overrides (appsettings.json, or e.g. <c>FINANCE_STREAMS_Streams__MaxTaskIdleMs=20</c>).
/// </summary>
internal static class ConfiguredStreamsSettings
{
    /// <summary>
    /// The settings of <paramref name="applicationId"/> on <paramref name="connection"/>'s cluster (adjusted for the local
    /// broker); <paramref name="threads"/>, when given, replaces the default thread count (the configuration still wins).
    /// </summary>
    /// <exception cref="PreflightException">A configured key is unknown or its value does not parse.</exception>
    public static StreamsSettings For(string applicationId, ClusterConnection connection, int? threads = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var overrides = HostSettings.Configuration.GetSection("Streams").GetChildren()
            .Where(s => s.Value is not null)
            .ToDictionary(s => s.Key, s => s.Value!, StringComparer.OrdinalIgnoreCase);
        try
        {
            var defaults = StreamsSettings.Defaults(applicationId, connection.BootstrapServers);
            defaults = threads is { } count ? defaults with { NumStreamThreads = count } : defaults;
            return (connection.DevBrokerControlUrl is null ? defaults : defaults.OnLocalBroker()).WithOverrides(overrides);
        }
        catch (ArgumentException e)
        {
            throw new PreflightException($"Configuration section Streams: {e.Message}");
        }
    }
}
