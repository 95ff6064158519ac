using StreamKit.Processing;

namespace StreamKit.Dsl;

/// <summary>A stateless processor given as a function of the record and the context.</summary>
internal sealed class FuncProcessor<TKeyIn, TValueIn, TKeyOut, TValueOut>(Action<Record<TKeyIn, TValueIn>, IProcessorContext<TKeyOut, TValueOut>> body)
    : IProcessor<TKeyIn, TValueIn, TKeyOut, TValueOut>
{
    private IProcessorContext<TKeyOut, TValueOut>? _context;

    public void Init(IProcessorContext<TKeyOut, TValueOut> context) => _context = context;

    public void Process(Record<TKeyIn, TValueIn> record) => body(record, _context!);
}
