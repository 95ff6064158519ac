namespace StreamKit.State;

/// <summary>Checks store names and task ids, which become directory and topic names.</summary>
internal static class StoreNames
{
    public static string Validate(string name, string what = "store name")
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200 || name is "." or ".." || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')))
        {
            throw new ArgumentException($"'{name}' is not a legal {what} (ASCII letters, digits, '.', '_' and '-', at most 200, not '.' or '..').", nameof(name));
        }

        return name;
    }
}
