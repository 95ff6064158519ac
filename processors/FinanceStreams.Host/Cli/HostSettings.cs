using System.CommandLine;

namespace FinanceStreams.Host.Cli;

/// <summary>
/// Where a setting comes from, in order: the command-line flag, its environment variable, then the
/// configuration (<c>appsettings.json</c> beside the program and in the working directory, overridden by
/// <c>FINANCE_STREAMS_*</c> variables, e.g. <c>FINANCE_STREAMS_Kafka__BootstrapServers</c>). Error messages
/// name the setting that supplied the value.
/// </summary>
internal static class HostSettings
{
    private static readonly Lazy<IConfiguration> _configuration = new(() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables("FINANCE_STREAMS_")
        .Build());

    /// <summary>The merged configuration.</summary>
    public static IConfiguration Configuration => _configuration.Value;

    /// <summary>The value of <paramref name="flag"/>, else of <paramref name="variable"/>, else of configuration key <paramref name="key"/>; with the name of its source; null when none is set.</summary>
    public static (string Value, string Source)? Resolve<T>(ParseResult result, Option<T> flag, string? variable, string key)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(flag);
        if (result.GetResult(flag) is { Implicit: false } && result.GetValue(flag)?.ToString() is { Length: > 0 } given)
        {
            return (given, flag.Name);
        }

        if (variable is not null && Environment.GetEnvironmentVariable(variable) is { Length: > 0 } fromEnvironment)
        {
            return (fromEnvironment, variable);
        }

        return Configuration[key] is { Length: > 0 } configured ? (configured, $"{key} (appsettings.json or FINANCE_STREAMS_{key.Replace(":", "__", StringComparison.Ordinal)})") : null;
    }
}
