namespace StreamKit.State;

/// <summary>Helpers for prefix scans over unsigned lexicographic byte order.</summary>
internal static class BytePrefix
{
    /// <summary>
    /// The smallest key greater than every key starting with <paramref name="prefix"/>, or null when
    /// there is none (the prefix is empty or all 0xFF).
    /// </summary>
    public static byte[]? UpperBoundExclusive(ReadOnlySpan<byte> prefix)
    {
        for (var i = prefix.Length - 1; i >= 0; i--)
        {
            if (prefix[i] != 0xFF)
            {
                var bound = prefix[..(i + 1)].ToArray();
                bound[i]++;
                return bound;
            }
        }

        return null;
    }

    public static bool StartsWith(ReadOnlySpan<byte> key, ReadOnlySpan<byte> prefix) => key.StartsWith(prefix);
}
