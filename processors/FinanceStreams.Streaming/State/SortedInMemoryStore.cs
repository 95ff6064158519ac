using System.Runtime.CompilerServices;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Crosscutting;
using Streamiz.Kafka.Net.Processors;
using Streamiz.Kafka.Net.State;
using Streamiz.Kafka.Net.State.Enumerator;

namespace FinanceStreams.Streaming.State;

/// <summary>
/// An in-memory key-value store whose range reads cost O(log n + results): a hash map for point
/// reads and a sorted key set for ranges. Streamiz's own in-memory store sorts every key on each
/// range read, which makes prefix scans (one document's parts) unusable. Restored from its
/// changelog like any logged store; not thread-safe (a store belongs to one task).
/// </summary>
public sealed class SortedInMemoryStore(string name) : IKeyValueStore<Bytes, byte[]>
{
    private static readonly ConditionalWeakTable<IStateStore, SortedInMemoryStore> _byRoot = new();
    private readonly Dictionary<Bytes, byte[]> _values = new(ByteOrder.Instance);
    private readonly SortedSet<Bytes> _keys = new(ByteOrder.Instance);

    /// <inheritdoc/>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public bool Persistent => false;

    /// <inheritdoc/>
    public bool IsLocally => true;

    /// <inheritdoc/>
    public bool IsOpen { get; private set; }

    /// <inheritdoc/>
    public void Init(ProcessorContext context, IStateStore root)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (root is not null)
        {
            context.Register(root, (key, value, _) => Put(key, value));
            _byRoot.AddOrUpdate(root, this);
        }

        IsOpen = true;
    }

    /// <summary>Called when Streamiz flushes the store, which it does before it commits the task's offsets.</summary>
    public Action? Flushing { get; set; }

    /// <summary>The store at the bottom of <paramref name="root"/>, the store a task's processors get (metered, logged), or null.</summary>
    public static SortedInMemoryStore? Beneath(IStateStore root) => _byRoot.TryGetValue(root, out var store) ? store : null;

    /// <inheritdoc/>
    public void Flush() => Flushing?.Invoke();

    /// <inheritdoc/>
    public void Close()
    {
        _values.Clear();
        _keys.Clear();
        IsOpen = false;
    }

    /// <inheritdoc/>
    public byte[] Get(Bytes key) => _values.GetValueOrDefault(key)!;

    /// <inheritdoc/>
    public void Put(Bytes key, byte[] value)
    {
        if (value is null)
        {
            Delete(key);
        }
        else if (_values.TryAdd(key, value))
        {
            _keys.Add(key);
        }
        else
        {
            _values[key] = value;
        }
    }

    /// <inheritdoc/>
    public byte[] PutIfAbsent(Bytes key, byte[] value)
    {
        var old = Get(key);
        if (old is null)
        {
            Put(key, value);
        }

        return old!;
    }

    /// <inheritdoc/>
    public void PutAll(IEnumerable<KeyValuePair<Bytes, byte[]>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var (key, value) in entries)
        {
            Put(key, value);
        }
    }

    /// <inheritdoc/>
    public byte[] Delete(Bytes key)
    {
        if (!_values.Remove(key, out var old))
        {
            return null!;
        }

        _keys.Remove(key);
        return old;
    }

    /// <inheritdoc/>
    public IKeyValueEnumerator<Bytes, byte[]> Range(Bytes from, Bytes to) => Enumerate(Between(from, to));

    /// <inheritdoc/>
    /// <remarks>Lazy, unlike <see cref="Range"/>: a floor lookup reads one entry, not the whole range. Do not write while enumerating it.</remarks>
    public IKeyValueEnumerator<Bytes, byte[]> ReverseRange(Bytes from, Bytes to) => new LazyEnumerator(Pairs(Between(from, to).Reverse()));

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<Bytes, byte[]>> All() => Pairs(_keys);

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<Bytes, byte[]>> ReverseAll() => Pairs(_keys.Reverse());

    /// <inheritdoc/>
    public long ApproximateNumEntries() => _values.Count;

    private IEnumerable<Bytes> Between(Bytes from, Bytes to) =>
        ByteOrder.Instance.Compare(from, to) > 0 ? [] : _keys.GetViewBetween(from, to);

    private IKeyValueEnumerator<Bytes, byte[]> Enumerate(IEnumerable<Bytes> keys) => new ListEnumerator([.. Pairs(keys)]);

    private IEnumerable<KeyValuePair<Bytes, byte[]>> Pairs(IEnumerable<Bytes> keys) => keys.Select(k => new KeyValuePair<Bytes, byte[]>(k, _values[k]));
}
