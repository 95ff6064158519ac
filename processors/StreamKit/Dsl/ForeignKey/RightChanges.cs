using StreamKit.Processing;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Dsl.ForeignKey;

/// <summary>Right side of a foreign-key join, for right-row changes: answers every current subscriber of the row's key.</summary>
internal sealed class RightChanges<TForeignKey, TRight>(string subscriptionStore, ISerde<TForeignKey> foreignKeySerde, string topic)
    : IProcessor<TForeignKey, Change<TRight>, byte[], SubscriptionResponse<TRight>>
{
    private IProcessorContext<byte[], SubscriptionResponse<TRight>>? _context;
    private IKeyValueStore<byte[], byte[]>? _subscriptions;

    public void Init(IProcessorContext<byte[], SubscriptionResponse<TRight>> context)
    {
        _context = context;
        _subscriptions = context.GetStateStore<IKeyValueStore<byte[], byte[]>>(subscriptionStore);
    }

    public void Process(Record<TForeignKey, Change<TRight>> record)
    {
        var prefix = SubscriptionKey.Prefix(foreignKeySerde.Serialize(record.Key, SerdeContext.Key(topic)));
        foreach (var (key, hash) in _subscriptions!.PrefixScan(prefix).ToList())
        {
            _context!.Forward(new Record<byte[], SubscriptionResponse<TRight>>(SubscriptionKey.LeftKeyOf(key), new(hash, record.Value.New), record.Timestamp, record.Headers));
        }
    }
}
