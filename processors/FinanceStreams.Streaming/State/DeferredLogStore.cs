using System.Runtime.InteropServices;
using System.Text;
using Confluent.Kafka;
using FinanceStreams.Streaming.Clients;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Processors;
using Streamiz.Kafka.Net.State;
using Streamiz.Kafka.Net.State.Enumerator;

namespace FinanceStreams.Streaming.State;

/// <summary>
/// A task's logged <see cref="SortedInMemoryStore"/> whose changelog is written when the task commits instead of at
/// every write. Reads and writes go straight to the in-memory store (interactive queries see them at once); the keys
/// written are remembered, and when Streamiz flushes the store, just before it commits the task's offsets, each one's
/// final value goes once to the changelog: a key written many times between two commits is
/// logged once, a key created and removed between them not at all. At every commit the changelog holds what the store
/// holds, which is all a restore needs; a crash between commits replays the inputs read since the last one, as before.
/// The records go straight to the changelog partition through the stream thread's producer
/// (<see cref="StreamThreadProducer"/>), which is flushed, and checked for refused records, before Streamiz commits;
/// where the thread has none (exactly-once, Streamiz's test driver), through the logged store.
/// The first store of a stream thread that Streamiz flushes logs the written keys of every store of the thread: Streamiz
/// waits for the producer after flushing each task's stores, and one wait for all of them is much shorter than one each.
/// A process that dies while a commit logs leaves its changelog with the records of that commit up to some point, in
/// the order they were logged: keys written with <c>logFirst</c> (a stage's bookkeeping: change counters, where it sent
/// what, indexes) are logged before the others, so that such a cut never leaves a fact without its bookkeeping (a fact
/// restored with an older change counter would let the stage send a later change with a version the receiver already
/// holds, and drop it there).
/// </summary>
public sealed class DeferredLogStore : IKeyValueStore<string, byte[]>
{
    [ThreadStatic]
    private static List<DeferredLogStore>? _unlogged;

    private readonly IKeyValueStore<string, byte[]> _logged;
    private readonly TopicPartition _changelog;
    private readonly SortedInMemoryStore _memory;
    private readonly Dictionary<string, Written> _written = new(StringComparer.Ordinal);

    private DeferredLogStore(IKeyValueStore<string, byte[]> logged, TopicPartition changelog, SortedInMemoryStore memory)
    {
        (_logged, _changelog, _memory) = (logged, changelog, memory);
        memory.Flushing = LogAll;
    }

    /// <inheritdoc/>
    public string Name => _logged.Name;

    /// <inheritdoc/>
    public bool Persistent => _logged.Persistent;

    /// <inheritdoc/>
    public bool IsLocally => _logged.IsLocally;

    /// <inheritdoc/>
    public bool IsOpen => _logged.IsOpen;

    /// <summary>
    /// <paramref name="logged"/> (the store a processor gets, logged to <paramref name="changelog"/>: its changelog
    /// topic, at its task's partition) with its changelog deferred, when a <see cref="SortedInMemoryStore"/> is at its
    /// bottom; otherwise <paramref name="logged"/> itself.
    /// </summary>
    public static IKeyValueStore<string, byte[]> Over(IKeyValueStore<string, byte[]> logged, TopicPartition changelog) =>
        SortedInMemoryStore.Beneath(logged) is { } memory ? new DeferredLogStore(logged, changelog, memory) : logged;

    /// <summary>Whether the changelog holds <paramref name="key"/> as of the last commit.</summary>
    public bool IsLogged(string key) => _written.TryGetValue(key, out var written) ? written.Existed : _memory.Get(key) is not null;

    /// <inheritdoc/>
    public byte[] Get(string key) => _memory.Get(key)!;

    /// <inheritdoc/>
    public void Put(string key, byte[] value) => Put(key, value, logFirst: false);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>; <paramref name="logFirst"/>: logged ahead of the keys written without it.</summary>
    public void Put(string key, byte[] value, bool logFirst)
    {
        Remember(key, logFirst);
        _memory.Put(key, value);
    }

    /// <inheritdoc/>
    public byte[] PutIfAbsent(string key, byte[] value)
    {
        var old = Get(key);
        if (old is null)
        {
            Put(key, value);
        }

        return old!;
    }

    /// <inheritdoc/>
    public void PutAll(IEnumerable<KeyValuePair<string, byte[]>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var (key, value) in entries)
        {
            Put(key, value);
        }
    }

    /// <inheritdoc/>
    public byte[] Delete(string key) => Delete(key, logFirst: false);

    /// <summary>Removes <paramref name="key"/>; <paramref name="logFirst"/>: logged ahead of the keys written without it.</summary>
    public byte[] Delete(string key, bool logFirst)
    {
        Remember(key, logFirst);
        return _memory.Delete(key)!;
    }

    /// <inheritdoc/>
    /// <remarks>A snapshot: the store may change while the caller reads it.</remarks>
    public IKeyValueEnumerator<string, byte[]> Range(string from, string to) => new ListEnumerator<string>([.. _memory.Between(from, to)]);

    /// <inheritdoc/>
    /// <remarks>Lazy: do not write while enumerating it.</remarks>
    public IKeyValueEnumerator<string, byte[]> ReverseRange(string from, string to) => new LazyEnumerator<string>(_memory.Between(from, to, reverse: true));

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<string, byte[]>> All() => _memory.Entries();

    /// <inheritdoc/>
    public IEnumerable<KeyValuePair<string, byte[]>> ReverseAll() => _memory.Entries(reverse: true);

    /// <inheritdoc/>
    public long ApproximateNumEntries() => _memory.ApproximateNumEntries();

    /// <inheritdoc/>
    public void Init(ProcessorContext context, IStateStore root) => _logged.Init(context, root);

    /// <inheritdoc/>
    public void Flush() => _logged.Flush();

    /// <inheritdoc/>
    public void Close() => _logged.Close();

    /// <summary>Remembers, at its first write since the last commit, whether the key was logged then; and whether it is logged first.</summary>
    private void Remember(string key, bool logFirst)
    {
        if (_written.Count == 0)
        {
            (_unlogged ??= []).Add(this);
        }

        ref var written = ref CollectionsMarshal.GetValueRefOrAddDefault(_written, key, out var known);
        if (!known)
        {
            written = new Written(_memory.Get(key) is not null, logFirst);
        }
        else if (logFirst && !written.First)
        {
            written = written with { First = true };
        }
    }

    /// <summary>Logs this store's written keys and those of every other store of the thread.</summary>
    private void LogAll()
    {
        var producer = StreamThreadProducer.Current;
        var wrote = LogWritten(producer);
        if (_unlogged is { } stores)
        {
            foreach (var store in stores)
            {
                wrote |= store.LogWritten(producer);
            }

            stores.Clear();
        }

        if (wrote)
        {
            producer?.FlushWrites();
        }
    }

    private bool LogWritten(StreamThreadProducer? producer)
    {
        if (!_memory.IsOpen || _written.Count == 0)
        {
            _written.Clear(); // closed without a commit: its task's inputs since the last commit are read again
            return false;
        }

        Log(producer, first: true);
        Log(producer, first: false);
        _written.Clear();
        return true;
    }

    private void Log(StreamThreadProducer? producer, bool first)
    {
        foreach (var (key, written) in _written)
        {
            if (written.First != first)
            {
                continue;
            }

            var value = _memory.Get(key);
            if (value is null && !written.Existed)
            {
                continue;
            }

            if (producer is not null)
            {
                producer.Write(_changelog, Encoding.UTF8.GetBytes(key), value);
            }
            else if (value is not null)
            {
                _logged.Put(key, value);
            }
            else
            {
                _logged.Delete(key);
            }
        }
    }

    /// <summary>A key written since the last commit: whether the changelog held it then, and whether it is logged first.</summary>
    private readonly record struct Written(bool Existed, bool First);
}
