using System.Runtime.CompilerServices;
using System.Text;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Crosscutting;
using Streamiz.Kafka.Net.Processors;
using Streamiz.Kafka.Net.State;
using Streamiz.Kafka.Net.State.Enumerator;

namespace FinanceStreams.Streaming.State;

/// <summary>
/// An in-memory key-value store whose range reads cost O(log n + results): a hash map for point
/// reads and a sorted key set for ranges. Streamiz's own in-memory store sorts every key on each
/// range read, which makes prefix scans (one document's parts) unusable. Keys are held as text, in the
/// order of their UTF-8 bytes (<see cref="CodePointOrder"/>): the stage stores above it read and write text
/// keys (<see cref="DeferredLogStore"/>) without encoding them at every access; Streamiz's layers (restore,
/// changelog, queries) use the byte keys of <see cref="IKeyValueStore{K, V}"/>. Restored from its changelog
/// like any logged store; not thread-safe (a store belongs to one task).
/// </summary>
public sealed class SortedInMemoryStore(string name) : IKeyValueStore<Bytes, byte[]>
{
    private static readonly ConditionalWeakTable<IStateStore, SortedInMemoryStore> _byRoot = new();
    private readonly Dictionary<string, byte[]> _values = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _keys = new(CodePointOrder.Instance);

    /// <inheritdoc/>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public bool Persistent => false;

    /// <inheritdoc/>
    public bool IsLocally => true;

    /// <inheritdoc/>
    public bool IsOpen { get; private set; }

    /// <summary>Called when Streamiz flushes the store, which it does before it commits the task's offsets.</summary>
    public Action? Flushing { get; set; }

    /// <summary>The store at the bottom of <paramref name="root"/>, the store a task's processors get (metered, logged), or null.</summary>
    public static SortedInMemoryStore? Beneath(IStateStore root) => _byRoot.TryGetValue(root, out var store) ? store : null;

    /// <inheritdoc/>
    public void Init(ProcessorContext context, IStateStore root)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (root is not null)
        {
            var (application, store) = (context.ApplicationId, Name);
            context.Register(root, (key, value, _) =>
            {
                Put(key, value);
                Metrics.PipelineMetrics.Restored(application, store);
            });
            _byRoot.AddOrUpdate(root, this);
        }

        IsOpen = true;
    }

    /// <inheritdoc/>
    public void Flush() => Flushing?.Invoke();

    /// <inheritdoc/>
    public void Close()
    {
        _values.Clear();
        _keys.Clear();
        IsOpen = false;
    }

    /// <summary>The value under <paramref name="key"/>, or null.</summary>
    public byte[]? Get(string key) => _values.GetValueOrDefault(key);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/> (null removes it).</summary>
    public void Put(string key, byte[]? value)
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

    /// <summary>Removes <paramref name="key"/>; its value, or null.</summary>
    public byte[]? Delete(string key)
    {
        if (!_values.Remove(key, out var old))
        {
            return null;
        }

        _keys.Remove(key);
        return old;
    }

    /// <summary>The entries from <paramref name="from"/> to <paramref name="to"/> (both included), in key order, as the store yields them: do not write while enumerating.</summary>
    public IEnumerable<KeyValuePair<string, byte[]>> Between(string from, string to, bool reverse = false)
    {
        var keys = CodePointOrder.Instance.Compare(from, to) > 0 ? [] : _keys.GetViewBetween(from, to);
        return (reverse ? keys.Reverse() : keys).Select(k => new KeyValuePair<string, byte[]>(k, _values[k]));
    }

    /// <summary>Every entry in key order (or reverse order), as the store yields them: do not write while enumerating.</summary>
    public IEnumerable<KeyValuePair<string, byte[]>> Entries(bool reverse = false) =>
        (reverse ? _keys.Reverse() : _keys).Select(k => new KeyValuePair<string, byte[]>(k, _values[k]));

    /// <inheritdoc/>
    public byte[] Get(Bytes key) => Get(Text(key))!;

    /// <inheritdoc/>
    public void Put(Bytes key, byte[] value) => Put(Text(key), value);

    /// <inheritdoc/>
    public byte[] PutIfAbsent(Bytes key, byte[] value)
    {
        var text = Text(key);
        var old = Get(text);
        if (old is null)
        {
            Put(text, value);
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
    public byte[] Delete(Bytes key) => Delete(Text(key))!;

    /// <inheritdoc/>
    /// <remarks>A snapshot: the store may change while the caller reads it.</remarks>
    public IKeyValueEnumerator<Bytes, byte[]> Range(Bytes from, Bytes to) => new ListEnumerator<Bytes>([.. Binary(Between(Text(from), Text(to)))]);

    /// <inheritdoc/>
    /// <remarks>Lazy, unlike <see cref="Range"/>: a floor lookup reads one entry, not the whole range. Do not write while enumerating it.</remarks>
    public IKeyValueEnumerator<Bytes, byte[]> ReverseRange(Bytes from, Bytes to) => new LazyEnumerator<Bytes>(Binary(Between(Text(from), Text(to), reverse: true)));

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<Bytes, byte[]>> All() => Binary(Entries());

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<Bytes, byte[]>> ReverseAll() => Binary(Entries(reverse: true));

    /// <inheritdoc/>
    public long ApproximateNumEntries() => _values.Count;

    private static string Text(Bytes key) => Encoding.UTF8.GetString(key.Get);

    private static IEnumerable<KeyValuePair<Bytes, byte[]>> Binary(IEnumerable<KeyValuePair<string, byte[]>> entries) =>
        entries.Select(e => new KeyValuePair<Bytes, byte[]>(Bytes.Wrap(Encoding.UTF8.GetBytes(e.Key)), e.Value));
}
