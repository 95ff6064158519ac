using Streamiz.Kafka.Net.Crosscutting;
using Streamiz.Kafka.Net.SerDes;
using Streamiz.Kafka.Net.State;
using Streamiz.Kafka.Net.State.Supplier;

namespace FinanceStreams.Streaming.State;

/// <summary>Builders of <see cref="SortedInMemoryStore"/>s, logged to a changelog (the Streamiz default).</summary>
public static class SortedInMemoryStores
{
    /// <summary>A supplier of the store named <paramref name="name"/>.</summary>
    public static IKeyValueBytesStoreSupplier Supplier(string name) => new SupplierOf(name);

    /// <summary>A logged key-value store builder with the given serdes.</summary>
    public static IStoreBuilder<IKeyValueStore<TKey, TValue>> Builder<TKey, TValue>(string name, ISerDes<TKey> keySerdes, ISerDes<TValue> valueSerdes) =>
        Stores.KeyValueStoreBuilder(Supplier(name), keySerdes, valueSerdes);

    private sealed class SupplierOf(string name) : IKeyValueBytesStoreSupplier
    {
        public string Name { get; set; } = name;

        public string MetricsScope => "sorted-in-memory";

        public IKeyValueStore<Bytes, byte[]> Get() => new SortedInMemoryStore(Name);
    }
}
