using StreamKit.Serialization;

namespace StreamKit.Dsl;

/// <summary>How records are written to a topic: serdes and, optionally, the sink's name.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public sealed record Produced<TKey, TValue>(ISerde<TKey> KeySerde, ISerde<TValue> ValueSerde, string? Name = null)
{
    /// <summary>Writes with these serdes.</summary>
    public static Produced<TKey, TValue> With(ISerde<TKey> keySerde, ISerde<TValue> valueSerde) => new(keySerde, valueSerde);

    /// <summary>The same, with a fixed processor name.</summary>
    public Produced<TKey, TValue> WithName(string name) => Name is null ? this with { Name = name } : throw Settings.GivenTwice("name");
}
