using StreamKit.Processing;
using StreamKit.State;

namespace StreamKit.Dsl;

/// <summary>Keeps a global table's store equal to the latest value per key of its topic.</summary>
internal sealed class GlobalStoreWriter<TKey, TValue>(string storeName) : IProcessor<TKey, TValue, TKey, TValue>
{
    private ITimestampedKeyValueStore<TKey, TValue>? _store;

    public void Init(IProcessorContext<TKey, TValue> context) => _store = context.GetStateStore<ITimestampedKeyValueStore<TKey, TValue>>(storeName);

    public void Process(Record<TKey, TValue> record)
    {
        if (record.Key is null)
        {
            return;
        }

        if (record.Value is null)
        {
            _store!.Delete(record.Key);
        }
        else
        {
            _store!.Put(record.Key, record.Value, record.Timestamp);
        }
    }
}
