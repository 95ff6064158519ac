namespace StreamKit.State;

/// <summary>
/// A map from byte-array keys kept in <see cref="ByteArrayComparer"/> order, with range and prefix
/// slices copied out as snapshots. Not thread-safe: owners lock around it.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class SortedByteMap<TValue>
{
    private readonly SortedSet<byte[]> _keys = new(ByteArrayComparer.Instance);
    private readonly Dictionary<byte[], TValue> _values = new(ByteArrayComparer.Instance);

    public int Count => _values.Count;

    public IEnumerable<TValue> Values => _values.Values;

    public bool TryGetValue(byte[] key, out TValue value) => _values.TryGetValue(key, out value!);

    public void Set(byte[] key, TValue value)
    {
        if (!_values.TryAdd(key, value))
        {
            _values[key] = value;
            return;
        }

        _keys.Add(key);
    }

    public bool Remove(byte[] key) => _values.Remove(key) && _keys.Remove(key);

    public void Clear()
    {
        _keys.Clear();
        _values.Clear();
    }

    public List<KeyValuePair<byte[], TValue>> Range(byte[] from, byte[] toInclusive) =>
        ByteArrayComparer.Instance.Compare(from, toInclusive) > 0 || _keys.Count == 0
            ? []
            : Snapshot(_keys.GetViewBetween(from, toInclusive));

    public List<KeyValuePair<byte[], TValue>> PrefixScan(byte[] prefix)
    {
        if (_keys.Count == 0 || ByteArrayComparer.Instance.Compare(prefix, _keys.Max) > 0)
        {
            return [];
        }

        var upper = BytePrefix.UpperBoundExclusive(prefix);
        var view = upper is null ? _keys.GetViewBetween(prefix, _keys.Max!) : _keys.GetViewBetween(prefix, upper);
        return Snapshot(view.TakeWhile(k => BytePrefix.StartsWith(k, prefix)));
    }

    public List<KeyValuePair<byte[], TValue>> All() => Snapshot(_keys);

    private List<KeyValuePair<byte[], TValue>> Snapshot(IEnumerable<byte[]> keys) =>
        keys.Select(k => KeyValuePair.Create(k, _values[k])).ToList();
}
