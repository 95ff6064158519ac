using StreamKit.State;

namespace StreamKit.Graph;

/// <summary>Adapts the State layer's store builders to topology store builders.</summary>
public static class StoreBuilders
{
    /// <summary>A topology store builder from a key-value store builder.</summary>
    public static IStoreBuilder From<TKey, TValue>(KeyValueStoreBuilder<TKey, TValue> builder) =>
        new Adapter(builder.Name, builder.LoggingEnabled, c => builder.Build(c.ToStoreContext()));

    /// <summary>A topology store builder from a timestamped key-value store builder.</summary>
    public static IStoreBuilder From<TKey, TValue>(TimestampedKeyValueStoreBuilder<TKey, TValue> builder) =>
        new Adapter(builder.Name, builder.LoggingEnabled, c => builder.Build(c.ToStoreContext()));

    private sealed record Adapter(string Name, bool LoggingEnabled, Func<StoreBuildContext, IStateStore> Create) : IStoreBuilder
    {
        public IStateStore Build(StoreBuildContext context) => Create(context);
    }
}
