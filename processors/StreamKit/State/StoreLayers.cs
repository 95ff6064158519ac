namespace StreamKit.State;

/// <summary>
/// The logging and caching settings of a store builder, each settable once, and the layering they
/// produce over the bytes store.
/// </summary>
internal sealed class StoreLayers
{
    private readonly string _storeName;
    private bool? _logging;
    private bool? _caching;

    public StoreLayers(string storeName)
    {
        _storeName = storeName;
    }

    public bool LoggingEnabled => _logging ?? true;

    public bool CachingEnabled => _caching ?? false;

    public void SetLogging(bool enabled) => _logging = SetOnce(_logging, enabled, "Logging");

    public void SetCaching(bool enabled) => _caching = SetOnce(_caching, enabled, "Caching");

    public IKeyValueBytesStore Wrap(IKeyValueBytesStore store, StoreContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sink = LoggingEnabled ? context.ChangelogSink : null;
        if (CachingEnabled)
        {
            return new CachingChangeLoggingStore(store, sink, context.RecordTimestamp);
        }

        return sink is null ? store : new ChangeLoggingKeyValueBytesStore(store, sink, context.RecordTimestamp);
    }

    private bool SetOnce(bool? current, bool enabled, string setting) =>
        current is null
            ? enabled
            : throw new InvalidOperationException(
                $"{setting} of store '{_storeName}' was already {(current.Value ? "enabled" : "disabled")}; a builder setting can be given only once.");
}
