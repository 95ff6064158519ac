using StreamKit.State;

namespace StreamKit.Graph;

/// <summary>Adapts the State layer's store builders to topology store builders.</summary>
public static class StoreBuilders
{
    /// <summary>A topology store builder from any State-layer store builder.</summary>
    public static IStoreBuilder From(IStateStoreBuilder builder) =>
        new Adapter(builder.Name, builder.LoggingEnabled, c => builder.Build(c.ToStoreContext()));

    private sealed record Adapter(string Name, bool LoggingEnabled, Func<StoreBuildContext, IStateStore> Create) : IStoreBuilder
    {
        public IStateStore Build(StoreBuildContext context) => Create(context);
    }
}
