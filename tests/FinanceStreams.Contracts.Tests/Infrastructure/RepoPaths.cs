namespace FinanceStreams.Contracts.Tests.Infrastructure;

/// <summary>Paths in the repository, found from the test binaries upwards.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Avro => Path.Combine(Root, "avro");

    public static string Generated => Path.Combine(Root, "contracts", "FinanceStreams.Contracts", "Generated");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "avro")) && Directory.Exists(Path.Combine(dir.FullName, "contracts")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Repository root (with avro/ and contracts/) not found above " + AppContext.BaseDirectory);
    }
}
