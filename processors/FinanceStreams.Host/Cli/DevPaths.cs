namespace FinanceStreams.Host.Cli;

/// <summary>Where the local environment keeps its runtime files (ignored by git).</summary>
internal static class DevPaths
{
    public const string Root = ".dev";
    public static readonly string BrokerInfo = Path.Combine(Root, "broker.json");
    public static readonly string RegistryInfo = Path.Combine(Root, "registry.json");
}
