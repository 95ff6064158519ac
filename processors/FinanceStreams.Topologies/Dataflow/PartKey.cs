namespace FinanceStreams.Topologies.Dataflow;

/// <summary>
/// Composite store keys: components joined by U+001F (unit separator), which sorts below every
/// printable character, so the parts of one prefix are contiguous and a prefix scan is a range.
/// </summary>
public static class PartKey
{
    private const char Separator = '\u001F';

    /// <summary>The key of the components, in order.</summary>
    public static string Of(params string[] components) => string.Join(Separator, components);

    /// <summary>First key of a prefix scan (inclusive).</summary>
    public static string RangeStart(string prefix) => prefix + Separator;

    /// <summary>Last key of a prefix scan (inclusive): above every key that extends the prefix.</summary>
    public static string RangeEnd(string prefix) => prefix + Separator + "\U0010FFFF";

    /// <summary>Component <paramref name="index"/> (from 0) of a key.</summary>
    public static string Component(string key, int index)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Split(Separator)[index];
    }

    /// <summary>The last component of a key.</summary>
    public static string Last(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key[(key.LastIndexOf(Separator) + 1)..];
    }
}
