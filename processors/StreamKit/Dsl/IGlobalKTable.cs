namespace StreamKit.Dsl;

/// <summary>A table replicated in full to every instance; streams join it on any key.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public interface IGlobalKTable<TKey, TValue>
{
    /// <summary>The store holding the table (queryable).</summary>
    string StoreName { get; }
}

/// <summary>The DSL global table.</summary>
internal sealed record GlobalKTable<TKey, TValue>(string StoreName) : IGlobalKTable<TKey, TValue>;
