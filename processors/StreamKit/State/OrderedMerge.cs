namespace StreamKit.State;

/// <summary>Merges cached writes over a store scan, both in key order; cached entries win and pending deletes hide keys.</summary>
internal static class OrderedMerge
{
    public static IEnumerable<KeyValuePair<byte[], byte[]>> Merge(
        IReadOnlyList<KeyValuePair<byte[], DirtyEntry>> dirty,
        IEnumerable<KeyValuePair<byte[], byte[]>> store)
    {
        var comparer = ByteArrayComparer.Instance;
        var next = 0;
        foreach (var entry in store)
        {
            while (next < dirty.Count && comparer.Compare(dirty[next].Key, entry.Key) < 0)
            {
                if (dirty[next++].Value.Value is { } value)
                {
                    yield return KeyValuePair.Create(dirty[next - 1].Key, value);
                }
            }

            if (next < dirty.Count && comparer.Equals(dirty[next].Key, entry.Key))
            {
                if (dirty[next++].Value.Value is { } value)
                {
                    yield return KeyValuePair.Create(entry.Key, value);
                }

                continue;
            }

            yield return entry;
        }

        for (; next < dirty.Count; next++)
        {
            if (dirty[next].Value.Value is { } value)
            {
                yield return KeyValuePair.Create(dirty[next].Key, value);
            }
        }
    }
}
