using StreamKit.Serialization;

namespace StreamKit.Dsl;

/// <summary>How records are grouped: the serdes of a repartition topic and its name.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public sealed record Grouped<TKey, TValue>(ISerde<TKey> KeySerde, ISerde<TValue> ValueSerde, string? Name = null, int? Partitions = null)
{
    /// <summary>Groups with these serdes.</summary>
    public static Grouped<TKey, TValue> With(ISerde<TKey> keySerde, ISerde<TValue> valueSerde) => new(keySerde, valueSerde);

    /// <summary>The same, naming the repartition topic <c>&lt;application.id&gt;-&lt;name&gt;-repartition</c>.</summary>
    public Grouped<TKey, TValue> WithName(string name) => Name is null ? this with { Name = name } : throw Settings.GivenTwice("name");

    /// <summary>The same, with a fixed partition count for the repartition topic.</summary>
    public Grouped<TKey, TValue> WithPartitions(int partitions) => Partitions is null ? this with { Partitions = partitions } : throw Settings.GivenTwice("partitions");
}
