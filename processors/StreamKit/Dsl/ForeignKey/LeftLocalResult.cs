using StreamKit.Processing;

namespace StreamKit.Dsl.ForeignKey;

/// <summary>
/// The part of a foreign-key join's result that needs no answer from the right side: a deleted left
/// row deletes its result; a row without a foreign key joins with nothing (left join) or drops out (inner).
/// </summary>
internal sealed class LeftLocalResult<TKey, TValue, TForeignKey, TResult>(Func<TValue, TForeignKey> foreignKey, Func<TValue, Optional<TResult>> withoutRight)
    : IProcessor<TKey, Change<TValue>, TKey, Optional<TResult>>
{
    private IProcessorContext<TKey, Optional<TResult>>? _context;

    public void Init(IProcessorContext<TKey, Optional<TResult>> context) => _context = context;

    public void Process(Record<TKey, Change<TValue>> record)
    {
        if (!record.Value.New.HasValue)
        {
            _context!.Forward(record.WithValue(Optional<TResult>.None));
        }
        else if (foreignKey(record.Value.New.Value) is null)
        {
            _context!.Forward(record.WithValue(withoutRight(record.Value.New.Value)));
        }
    }
}
