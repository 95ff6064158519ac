using Streamiz.Kafka.Net.State;
using Streamiz.Kafka.Net.State.Enumerator;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>A read-only store (an interactive query) seen as a key-value store whose writes fail, so <see cref="PartStore"/> can read it.</summary>
internal sealed class ReadOnlyParts(IReadOnlyKeyValueStore<string, byte[]> store) : IKeyValueStore<string, byte[]>
{
    public string Name => "read-only";

    public bool Persistent => false;

    public bool IsLocally => true;

    public bool IsOpen => true;

    public byte[] Get(string key) => store.Get(key);

    public IKeyValueEnumerator<string, byte[]> Range(string from, string to) => store.Range(from, to);

    public IKeyValueEnumerator<string, byte[]> ReverseRange(string from, string to) => store.ReverseRange(from, to);

    public IEnumerable<KeyValuePair<string, byte[]>> All() => store.All();

    public IEnumerable<KeyValuePair<string, byte[]>> ReverseAll() => store.ReverseAll();

    public long ApproximateNumEntries() => store.ApproximateNumEntries();

    public void Init(Streamiz.Kafka.Net.ProcessorContext context, Streamiz.Kafka.Net.Processors.IStateStore root) => throw new NotSupportedException();

    public void Flush()
    {
    }

    public void Close()
    {
    }

    public void Put(string key, byte[] value) => throw new NotSupportedException("A queried store is read-only.");

    public byte[] PutIfAbsent(string key, byte[] value) => throw new NotSupportedException("A queried store is read-only.");

    public void PutAll(IEnumerable<KeyValuePair<string, byte[]>> entries) => throw new NotSupportedException("A queried store is read-only.");

    public byte[] Delete(string key) => throw new NotSupportedException("A queried store is read-only.");
}
