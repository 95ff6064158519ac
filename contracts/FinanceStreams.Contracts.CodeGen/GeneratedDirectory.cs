namespace FinanceStreams.Contracts.CodeGen;

/// <summary>Makes a directory hold exactly a set of generated .cs files, touching only what changed.</summary>
public static class GeneratedDirectory
{
    /// <summary>Writes new or changed files, deletes stale .cs files and empty folders.</summary>
    /// <returns>Number of files written or deleted.</returns>
    public static int Sync(string outputDirectory, IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var root = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(root);
        var changed = 0;
        foreach (var (relative, content) in files)
        {
            var path = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(path) && File.ReadAllText(path) == content)
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            changed++;
        }

        var wanted = files.Keys.Select(k => Path.Combine(root, k.Replace('/', Path.DirectorySeparatorChar))).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories).Where(p => !wanted.Contains(p)))
        {
            File.Delete(stale);
            changed++;
        }

        foreach (var dir in Directory.GetDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(dir).Any())
            {
                Directory.Delete(dir);
            }
        }

        return changed;
    }

    /// <summary>Reads the current .cs files of a directory: relative path to content.</summary>
    public static IReadOnlyDictionary<string, string> Read(string directory)
    {
        var root = Path.GetFullPath(directory);
        return Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText, StringComparer.Ordinal);
    }
}
