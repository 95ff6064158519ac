using System.Text;
using BenchmarkDotNet.Attributes;
using StreamKit.State;

namespace StreamKit.Benchmarks;

/// <summary>The bytes store a benchmark runs against.</summary>
public enum StoreKind
{
    /// <summary><see cref="Stores.InMemoryKeyValueStore"/>: a sorted map.</summary>
    InMemory,

    /// <summary><see cref="Stores.PersistentKeyValueStore"/>: RocksDB in a temp directory, WAL off.</summary>
    RocksDb,
}

/// <summary>
/// A bytes store (as the store suppliers create it for a task) holding 10,000 keys of the form
/// <c>cc-042:0017</c> (100 prefixes of 100 keys) with 100-byte values: overwrite one key, read one key,
/// prefix-scan 100 keys, and range-scan all 10,000 keys. Scans enumerate every entry.
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private const int Count = 10_000;
    private const int PerPrefix = 100;

    private string _directory = null!;
    private IKeyValueBytesStore _store = null!;
    private byte[][] _keys = null!;
    private byte[][] _prefixes = null!;
    private byte[] _value = null!;
    private int _next;

    [Params(StoreKind.InMemory, StoreKind.RocksDb)]
    public StoreKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "streamkit-benchmarks", Guid.NewGuid().ToString("N"));
        var supplier = Kind == StoreKind.InMemory
            ? Stores.InMemoryKeyValueStore("bench-store")
            : Stores.PersistentKeyValueStore("bench-store");
        _store = supplier.Get(new StoreContext(_directory, "0_0", new DiscardingChangelogSink()));

        _keys = new byte[Count][];
        for (var i = 0; i < Count; i++)
        {
            _keys[i] = Encoding.UTF8.GetBytes($"cc-{i / PerPrefix:D3}:{i % PerPrefix:D4}");
        }

        _prefixes = new byte[Count / PerPrefix][];
        for (var p = 0; p < _prefixes.Length; p++)
        {
            _prefixes[p] = Encoding.UTF8.GetBytes($"cc-{p:D3}:");
        }

        _value = new byte[100];
        new Random(42).NextBytes(_value);
        _store.PutAll(_keys.Select(key => new KeyValuePair<byte[], byte[]?>(key, _value)));
        _store.Flush();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>Overwrites an existing key (cycling through all of them).</summary>
    [Benchmark]
    public void Put() => _store.Put(NextKey(), _value);

    /// <summary>Reads an existing key (cycling through all of them).</summary>
    [Benchmark]
    public byte[]? Get() => _store.Get(NextKey());

    /// <summary>The 100 entries of one prefix.</summary>
    [Benchmark]
    public int PrefixScan100()
    {
        _next = (_next + 1) % _prefixes.Length;
        return Enumerate(_store.PrefixScan(_prefixes[_next]));
    }

    /// <summary>All 10,000 entries, first key to last.</summary>
    [Benchmark]
    public int RangeScan10k() => Enumerate(_store.Range(_keys[0], _keys[^1]));

    private static int Enumerate(IEnumerable<KeyValuePair<byte[], byte[]>> entries)
    {
        var bytes = 0;
        foreach (var (key, value) in entries)
        {
            bytes += key.Length + value.Length;
        }

        return bytes;
    }

    private byte[] NextKey()
    {
        _next = (_next + 1) % Count;
        return _keys[_next];
    }

    private sealed class DiscardingChangelogSink : IChangelogSink
    {
        public void Send(string store, byte[] key, byte[]? value, long timestamp)
        {
        }
    }
}
