namespace StreamKit.State;

/// <summary>Any store builder, whatever the store's type: what a topology needs to create it per task.</summary>
public interface IStateStoreBuilder
{
    /// <summary>The store name.</summary>
    string Name { get; }

    /// <summary>True when writes go to a changelog.</summary>
    bool LoggingEnabled { get; }

    /// <summary>Creates the store for one task.</summary>
    IStateStore Build(StoreContext context);
}
