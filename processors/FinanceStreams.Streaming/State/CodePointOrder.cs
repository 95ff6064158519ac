namespace FinanceStreams.Streaming.State;

/// <summary>
/// Orders text by Unicode code point, which is the order of its UTF-8 bytes (the order of Kafka Streams' byte-keyed
/// stores), unlike ordinal UTF-16 order: a character above U+FFFF (a surrogate pair) sorts after every character of the
/// basic plane, including U+E000–U+FFFF.
/// </summary>
public sealed class CodePointOrder : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static CodePointOrder Instance { get; } = new();

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return (x is null ? 0 : 1) - (y is null ? 0 : 1);
        }

        var length = Math.Min(x.Length, y.Length);
        var at = x.AsSpan(0, length).CommonPrefixLength(y.AsSpan(0, length));
        return at == length ? x.Length.CompareTo(y.Length) : Weight(x[at]).CompareTo(Weight(y[at]));
    }

    /// <summary>Moves surrogates (U+D800–U+DFFF) above U+E000–U+FFFF, keeping each group's own order.</summary>
    private static int Weight(char c) => c < 0xD800 ? c : c < 0xE000 ? c + 0x2000 : c - 0x800;
}
