namespace StreamKit.State;

/// <summary>A supplier from a factory function.</summary>
internal sealed class KeyValueBytesStoreSupplier : IKeyValueBytesStoreSupplier
{
    private readonly Func<string, StoreContext, IKeyValueBytesStore> _create;

    public KeyValueBytesStoreSupplier(string name, bool persistent, Func<string, StoreContext, IKeyValueBytesStore> create)
    {
        Name = StoreNames.Validate(name);
        Persistent = persistent;
        _create = create;
    }

    public string Name { get; }

    public bool Persistent { get; }

    public IKeyValueBytesStore Get(StoreContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _create(Name, context);
    }
}
