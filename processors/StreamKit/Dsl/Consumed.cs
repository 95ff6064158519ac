using StreamKit.Serialization;

namespace StreamKit.Dsl;

/// <summary>How a source topic is read: its serdes and, optionally, the source's name.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public sealed record Consumed<TKey, TValue>(ISerde<TKey> KeySerde, ISerde<TValue> ValueSerde, string? Name = null)
{
    /// <summary>Reads with these serdes.</summary>
    public static Consumed<TKey, TValue> With(ISerde<TKey> keySerde, ISerde<TValue> valueSerde) => new(keySerde, valueSerde);

    /// <summary>The same, with a fixed processor name.</summary>
    public Consumed<TKey, TValue> WithName(string name) => Name is null ? this with { Name = name } : throw Settings.GivenTwice("name");
}
