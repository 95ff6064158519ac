using StreamKit.Processing;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Dsl.ForeignKey;

/// <summary>
/// Left side of a foreign-key join, for answers: joins the left row with the right value it received,
/// unless the left row changed since it subscribed (the hash no longer matches): that answer is stale.
/// </summary>
internal sealed class ResponseJoiner<TKey, TValue, TRight, TResult>(string leftStore, ISerde<TValue> valueSerde, string topic, Func<TValue, Optional<TRight>, Optional<TResult>> join)
    : IProcessor<TKey, SubscriptionResponse<TRight>, TKey, Optional<TResult>>
{
    private IProcessorContext<TKey, Optional<TResult>>? _context;
    private ITimestampedKeyValueStore<TKey, TValue>? _left;

    public void Init(IProcessorContext<TKey, Optional<TResult>> context)
    {
        _context = context;
        _left = context.GetStateStore<ITimestampedKeyValueStore<TKey, TValue>>(leftStore);
    }

    public void Process(Record<TKey, SubscriptionResponse<TRight>> record)
    {
        if (!_left!.TryGet(record.Key, out var left)
            || !ValueHash.Of(valueSerde.Serialize(left.Value, SerdeContext.Value(topic))).AsSpan().SequenceEqual(record.Value.Hash))
        {
            return;
        }

        _context!.Forward(record.WithValue(join(left.Value, record.Value.Right)));
    }
}
