using StreamKit.Processing;
using StreamKit.Graph;

namespace StreamKit.Dsl;

/// <summary>
/// Builds a topology with the high-level DSL: streams, tables, global tables and their operators.
/// One builder per application id (internal topics are named after it).
/// </summary>
public sealed class StreamsBuilder
{
    private int _counter;

    /// <summary>A builder for the application <paramref name="applicationId"/>.</summary>
    public StreamsBuilder(string applicationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(applicationId);
        ApplicationId = applicationId;
        Topology.ApplicationId = applicationId;
    }

    /// <summary>The application id; prefix of internal topics and the consumer group.</summary>
    public string ApplicationId { get; }

    internal Topology Topology { get; } = new();

    /// <summary>A stream of the records of <paramref name="topic"/>.</summary>
    public IKStream<TKey, TValue> Stream<TKey, TValue>(string topic, Consumed<TKey, TValue> consumed)
    {
        var source = Topology.AddSource(consumed.Name ?? NewName("KSTREAM-SOURCE"), consumed.KeySerde, consumed.ValueSerde, topic);
        return new KStream<TKey, TValue>(this, source, consumed.KeySerde, consumed.ValueSerde, repartitionRequired: false);
    }

    /// <summary>A table of the latest value per key of <paramref name="topic"/>; a null value deletes.</summary>
    public IKTable<TKey, TValue> Table<TKey, TValue>(string topic, Consumed<TKey, TValue> consumed, Materialized<TKey, TValue>? materialized = null)
    {
        var source = Topology.AddSource(consumed.Name ?? NewName("KSTREAM-SOURCE"), consumed.KeySerde, consumed.ValueSerde, topic);
        var upserts = Topology.AddProcessor(NewName("KTABLE-SOURCE"), () => new UpsertProcessor<TKey, TValue>(), source);
        return KTable<TKey, TValue>.Materialize(this, upserts, materialized ?? Materialized<TKey, TValue>.With(consumed.KeySerde, consumed.ValueSerde));
    }

    /// <summary>A table replicated in full to every instance, for joins on any key without repartitioning.</summary>
    public IGlobalKTable<TKey, TValue> GlobalTable<TKey, TValue>(string topic, Consumed<TKey, TValue> consumed, Materialized<TKey, TValue>? materialized = null)
    {
        var m = materialized ?? Materialized<TKey, TValue>.With(consumed.KeySerde, consumed.ValueSerde);
        var storeName = m.StoreName ?? NewName("GLOBALKTABLE-STORE");
        var store = DslStores.Timestamped(storeName, m with { LoggingEnabled = false });
        var source = Topology.AddSource(consumed.Name ?? NewName("KSTREAM-SOURCE"), consumed.KeySerde, consumed.ValueSerde, topic);
        var writer = Topology.AddProcessor(NewName("GLOBALKTABLE-WRITE"), () => new GlobalStoreWriter<TKey, TValue>(storeName), source, storeName);
        Topology.AddGlobalStore(new GlobalStore(store, source, [source, writer]));
        return new GlobalKTable<TKey, TValue>(storeName);
    }

    /// <summary>
    /// A global store kept by <paramref name="processor"/> from every partition of <paramref name="topic"/>
    /// (e.g. to apply custom rules such as last-writer-wins by version); replicated to every instance,
    /// readable by any processor by its name; written only by the processor, never logged. What the processor forwards goes nowhere.
    /// </summary>
    public StreamsBuilder AddGlobalStore<TKey, TValue, TKeyOut, TValueOut>(IStoreBuilder store, string topic, Consumed<TKey, TValue> consumed, Func<IProcessor<TKey, TValue, TKeyOut, TValueOut>> processor)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(consumed);
        ArgumentNullException.ThrowIfNull(processor);
        if (store.LoggingEnabled)
        {
            throw new ArgumentException($"Global store '{store.Name}' must not be logged: its topic is its changelog.", nameof(store));
        }

        var source = Topology.AddSource(consumed.Name ?? NewName("KSTREAM-SOURCE"), consumed.KeySerde, consumed.ValueSerde, topic);
        var writer = Topology.AddProcessor(NewName("GLOBALSTORE-PROCESSOR"), processor, source, store.Name);
        Topology.AddGlobalStore(new GlobalStore(store, source, [source, writer]));
        return this;
    }

    /// <summary>Adds a state store for Processor-API processors (connect it with <c>Process(..., storeNames)</c>).</summary>
    public StreamsBuilder AddStateStore(IStoreBuilder store)
    {
        Topology.AddStateStore(store);
        return this;
    }

    /// <summary>The finished topology.</summary>
    public Topology Build() => Topology;

    internal string NewName(string prefix) => $"{prefix}-{_counter++:D10}";
}
