using StreamKit.Processing;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Dsl.ForeignKey;

/// <summary>
/// Right side of a foreign-key join, for subscriptions: records who subscribes to which foreign key
/// and answers each subscription with the right row's current value.
/// </summary>
internal sealed class RightSubscriptions<TForeignKey, TRight>(string subscriptionStore, string rightStore, ISerde<TForeignKey> foreignKeySerde, string topic)
    : IProcessor<TForeignKey, Subscription, byte[], SubscriptionResponse<TRight>>
{
    private IProcessorContext<byte[], SubscriptionResponse<TRight>>? _context;
    private IKeyValueStore<byte[], byte[]>? _subscriptions;
    private ITimestampedKeyValueStore<TForeignKey, TRight>? _right;

    public void Init(IProcessorContext<byte[], SubscriptionResponse<TRight>> context)
    {
        _context = context;
        _subscriptions = context.GetStateStore<IKeyValueStore<byte[], byte[]>>(subscriptionStore);
        _right = context.GetStateStore<ITimestampedKeyValueStore<TForeignKey, TRight>>(rightStore);
    }

    public void Process(Record<TForeignKey, Subscription> record)
    {
        var key = SubscriptionKey.Of(foreignKeySerde.Serialize(record.Key, SerdeContext.Key(topic)), record.Value.LeftKey);
        if (record.Value.IsUnsubscribe)
        {
            _subscriptions!.Delete(key);
            return;
        }

        _subscriptions!.Put(key, record.Value.Hash!);
        var right = _right!.TryGet(record.Key, out var row) ? Optional<TRight>.Some(row.Value) : Optional<TRight>.None;
        _context!.Forward(new Record<byte[], SubscriptionResponse<TRight>>(record.Value.LeftKey, new(record.Value.Hash!, right), record.Timestamp, record.Headers));
    }
}
