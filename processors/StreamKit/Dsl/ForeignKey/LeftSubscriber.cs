using StreamKit.Processing;
using StreamKit.Serialization;

namespace StreamKit.Dsl.ForeignKey;

/// <summary>
/// Left side of a foreign-key join: when a left row changes, unsubscribes from its old foreign key (if
/// it moved or the row was deleted) and subscribes to the new one with a hash of the new value.
/// </summary>
internal sealed class LeftSubscriber<TKey, TValue, TForeignKey>(Func<TValue, TForeignKey> foreignKey, ISerde<TKey> keySerde, ISerde<TValue> valueSerde, string topic)
    : IProcessor<TKey, Change<TValue>, TForeignKey, Subscription>
{
    private IProcessorContext<TForeignKey, Subscription>? _context;

    public void Init(IProcessorContext<TForeignKey, Subscription> context) => _context = context;

    public void Process(Record<TKey, Change<TValue>> record)
    {
        var leftKey = keySerde.Serialize(record.Key, SerdeContext.Key(topic));
        var oldKey = record.Value.Old.HasValue ? foreignKey(record.Value.Old.Value) : default;
        var newKey = record.Value.New.HasValue ? foreignKey(record.Value.New.Value) : default;
        if (oldKey is not null && (newKey is null || !EqualityComparer<TForeignKey>.Default.Equals(oldKey, newKey)))
        {
            _context!.Forward(new Record<TForeignKey, Subscription>(oldKey, new Subscription(leftKey, null), record.Timestamp, record.Headers));
        }

        if (newKey is not null)
        {
            var hash = ValueHash.Of(valueSerde.Serialize(record.Value.New.Value, SerdeContext.Value(topic)));
            _context!.Forward(new Record<TForeignKey, Subscription>(newKey, new Subscription(leftKey, hash), record.Timestamp, record.Headers));
        }
    }
}
