namespace StreamKit.State;

/// <summary>Creates the innermost bytes store of a key-value store, once per task.</summary>
public interface IKeyValueBytesStoreSupplier
{
    /// <summary>The store name.</summary>
    string Name { get; }

    /// <summary>True when the stores created are persistent.</summary>
    bool Persistent { get; }

    /// <summary>Creates (or, for persistent stores, opens) the store for the task in <paramref name="context"/>.</summary>
    IKeyValueBytesStore Get(StoreContext context);
}
