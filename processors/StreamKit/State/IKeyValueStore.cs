namespace StreamKit.State;

/// <summary>A typed key-value store over a bytes store. Null values are not stored: use <see cref="Delete"/>.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public interface IKeyValueStore<TKey, TValue> : IReadOnlyKeyValueStore<TKey, TValue>, IStateStore
{
    /// <summary>Stores <paramref name="value"/> for <paramref name="key"/>.</summary>
    void Put(TKey key, TValue value);

    /// <summary>Stores <paramref name="value"/> unless <paramref name="key"/> has a value; true when it was stored.</summary>
    bool PutIfAbsent(TKey key, TValue value);

    /// <summary>Removes <paramref name="key"/>; no-op when absent.</summary>
    void Delete(TKey key);
}
