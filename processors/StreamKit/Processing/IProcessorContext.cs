using StreamKit.State;

namespace StreamKit.Processing;

/// <summary>What a processor can do besides computing: forward, reach stores, schedule work, read metadata.</summary>
/// <typeparam name="TKeyOut">Key type of forwarded records.</typeparam>
/// <typeparam name="TValueOut">Value type of forwarded records.</typeparam>
public interface IProcessorContext<TKeyOut, TValueOut>
{
    /// <summary>The task this processor instance belongs to.</summary>
    TaskId TaskId { get; }

    /// <summary>The application id.</summary>
    string ApplicationId { get; }

    /// <summary>Where the record being processed was read from; null inside a punctuation.</summary>
    RecordMetadata? RecordMetadata { get; }

    /// <summary>The task's stream time: the highest record timestamp it has seen.</summary>
    long StreamTime { get; }

    /// <summary>Wall-clock time in milliseconds, from the runtime's <see cref="TimeProvider"/>.</summary>
    long WallClockTime { get; }

    /// <summary>Sends a record to every child.</summary>
    void Forward(Record<TKeyOut, TValueOut> record);

    /// <summary>Sends a record to the named child only.</summary>
    void Forward(Record<TKeyOut, TValueOut> record, string childName);

    /// <summary>A state store this processor was connected to, or any global store.</summary>
    TStore GetStateStore<TStore>(string name)
        where TStore : IStateStore;

    /// <summary>Calls <paramref name="punctuator"/> every <paramref name="interval"/> of stream or wall-clock time.</summary>
    ICancellable Schedule(TimeSpan interval, PunctuationType type, Action<long> punctuator);
}
