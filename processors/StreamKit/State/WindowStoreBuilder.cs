using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>
/// Builds typed window stores: the supplier's segmented bytes store, then optional caching and change
/// logging (the changelog key is the full windowed key bytes), then the window layout and the serdes.
/// Logging is on and caching off unless set; each setting can be given once.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class WindowStoreBuilder<TKey, TValue> : StoreBuilder<WindowStoreBuilder<TKey, TValue>, IWindowStore<TKey, TValue>>
{
    private readonly IWindowBytesStoreSupplier _supplier;
    private readonly ISerde<TKey> _keySerde;
    private readonly ISerde<TValue> _valueSerde;

    /// <summary>Creates the builder.</summary>
    /// <param name="supplier">Creates the segmented bytes store.</param>
    /// <param name="keySerde">Key serde.</param>
    /// <param name="valueSerde">Value serde.</param>
    public WindowStoreBuilder(IWindowBytesStoreSupplier supplier, ISerde<TKey> keySerde, ISerde<TValue> valueSerde)
        : base((supplier ?? throw new ArgumentNullException(nameof(supplier))).Name)
    {
        _supplier = supplier;
        _keySerde = keySerde ?? throw new ArgumentNullException(nameof(keySerde));
        _valueSerde = valueSerde ?? throw new ArgumentNullException(nameof(valueSerde));
    }

    /// <inheritdoc />
    public override IWindowStore<TKey, TValue> Build(StoreContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var segments = _supplier.Get(context);
        var bytes = new WindowBytesStore(Layers.Wrap(segments, context), segments, _supplier.WindowSizeMs, _supplier.RetainDuplicates);
        return new WindowStore<TKey, TValue>(bytes, _keySerde, _valueSerde, context.ChangelogTopic(Name));
    }
}
