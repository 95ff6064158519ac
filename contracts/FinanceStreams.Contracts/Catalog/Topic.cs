using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Contracts.Catalog;

/// <summary>
/// A topic with its key and value types. The serdes need a schema registry, so they come from a
/// <see cref="ContractSerdes"/>: <c>Topics.PurchaseOrders.ValueSerde(serdes)</c> or <see cref="Bind"/>.
/// </summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public sealed class Topic<TKey, TValue> : ITopic
{
    private readonly Func<ContractSerdes, ISerde<TKey>> _keySerde;
    private readonly Func<ContractSerdes, ISerde<TValue>> _valueSerde;

    internal Topic(string name, int partitions, CleanupPolicy cleanupPolicy, Func<ContractSerdes, ISerde<TKey>> keySerde, Func<ContractSerdes, ISerde<TValue>> valueSerde)
    {
        Spec = new TopicSpec(name, partitions, cleanupPolicy).Validate();
        _keySerde = keySerde;
        _valueSerde = valueSerde;
    }

    /// <inheritdoc/>
    public string Name => Spec.Name;

    /// <inheritdoc/>
    public int Partitions => Spec.Partitions;

    /// <inheritdoc/>
    public CleanupPolicy CleanupPolicy => Spec.CleanupPolicy;

    /// <inheritdoc/>
    public TopicSpec Spec { get; }

    /// <summary>The key serde from <paramref name="serdes"/>.</summary>
    public ISerde<TKey> KeySerde(ContractSerdes serdes)
    {
        ArgumentNullException.ThrowIfNull(serdes);
        return _keySerde(serdes);
    }

    /// <summary>The value serde from <paramref name="serdes"/>.</summary>
    public ISerde<TValue> ValueSerde(ContractSerdes serdes)
    {
        ArgumentNullException.ThrowIfNull(serdes);
        return _valueSerde(serdes);
    }

    /// <inheritdoc/>
    public void Prime(ContractSerdes serdes)
    {
        (KeySerde(serdes) as IPrimedSerde)?.Prime(Name, isKey: true);
        (ValueSerde(serdes) as IPrimedSerde)?.Prime(Name, isKey: false);
    }

    /// <summary>Name and both serdes, ready for a topology.</summary>
    public BoundTopic<TKey, TValue> Bind(ContractSerdes serdes) => new(Name, KeySerde(serdes), ValueSerde(serdes));

    /// <inheritdoc/>
    public override string ToString() => Name;
}
