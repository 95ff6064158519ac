namespace StreamKit.State;

/// <summary>A key with the window it was aggregated or stored in: the key type of windowed outputs.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <param name="Key">The record key.</param>
/// <param name="Window">The window.</param>
public readonly record struct Windowed<TKey>(TKey Key, Window Window);
