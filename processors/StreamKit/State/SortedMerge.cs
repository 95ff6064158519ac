namespace StreamKit.State;

/// <summary>Merges scans that are each in key order and share no key (one per segment) into one scan in key order.</summary>
internal static class SortedMerge
{
    public static IEnumerable<KeyValuePair<byte[], byte[]>> Merge(IReadOnlyList<IEnumerable<KeyValuePair<byte[], byte[]>>> sources)
    {
        if (sources.Count == 1)
        {
            foreach (var entry in sources[0])
            {
                yield return entry;
            }

            yield break;
        }

        var live = new List<IEnumerator<KeyValuePair<byte[], byte[]>>>(sources.Count);
        try
        {
            foreach (var source in sources)
            {
                var enumerator = source.GetEnumerator();
                live.Add(enumerator);
            }

            live.RemoveAll(e => !Advance(e));
            while (live.Count > 0)
            {
                var min = 0;
                for (var i = 1; i < live.Count; i++)
                {
                    if (ByteArrayComparer.Instance.Compare(live[i].Current.Key, live[min].Current.Key) < 0)
                    {
                        min = i;
                    }
                }

                yield return live[min].Current;
                if (!live[min].MoveNext())
                {
                    live[min].Dispose();
                    live.RemoveAt(min);
                }
            }
        }
        finally
        {
            foreach (var enumerator in live)
            {
                enumerator.Dispose();
            }
        }
    }

    private static bool Advance(IEnumerator<KeyValuePair<byte[], byte[]>> enumerator)
    {
        if (enumerator.MoveNext())
        {
            return true;
        }

        enumerator.Dispose();
        return false;
    }
}
