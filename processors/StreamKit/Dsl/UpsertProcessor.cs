using StreamKit.Processing;

namespace StreamKit.Dsl;

/// <summary>Reads a topic record as a table update: a null value is a delete.</summary>
internal sealed class UpsertProcessor<TKey, TValue> : IProcessor<TKey, TValue, TKey, Optional<TValue>>
{
    private IProcessorContext<TKey, Optional<TValue>>? _context;

    public void Init(IProcessorContext<TKey, Optional<TValue>> context) => _context = context;

    public void Process(Record<TKey, TValue> record)
    {
        if (record.Key is not null)
        {
            _context!.Forward(record.WithValue(Optional<TValue>.OfNullable(record.Value)));
        }
    }
}
