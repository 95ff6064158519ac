namespace StreamKit.Processing;

/// <summary>
/// A typed processor: receives records of <typeparamref name="TKeyIn"/>/<typeparamref name="TValueIn"/>
/// and forwards records of <typeparamref name="TKeyOut"/>/<typeparamref name="TValueOut"/> through its context.
/// One instance per task; never shared between threads.
/// </summary>
/// <typeparam name="TKeyIn">Input key type.</typeparam>
/// <typeparam name="TValueIn">Input value type.</typeparam>
/// <typeparam name="TKeyOut">Output key type.</typeparam>
/// <typeparam name="TValueOut">Output value type.</typeparam>
public interface IProcessor<TKeyIn, TValueIn, TKeyOut, TValueOut>
{
    /// <summary>Called once before the first record; keep the context, look up stores, schedule punctuators.</summary>
    void Init(IProcessorContext<TKeyOut, TValueOut> context)
    {
    }

    /// <summary>Processes one record.</summary>
    void Process(Record<TKeyIn, TValueIn> record);

    /// <summary>Called once when the task closes.</summary>
    void Close()
    {
    }
}
