namespace FinanceStreams.Topologies.Dataflow;

/// <summary>
/// A stage's stream time: the highest event time it has read, kept in its store so a restarted task decides deadlines
/// as of the same time as before the restart (Streamiz's own stream time starts again from the records it reads).
/// </summary>
public static class StreamClock
{
    private const string Key = "clock";

    /// <summary>The stream time after reading a record of event time <paramref name="eventTime"/>.</summary>
    public static long Advance(PartStore store, long eventTime)
    {
        ArgumentNullException.ThrowIfNull(store);
        var now = store.Get<Revision>(Key)?.Value ?? long.MinValue;
        if (eventTime <= now)
        {
            return now;
        }

        store.PutBookkeeping(Key, new Revision(eventTime));
        return eventTime;
    }
}
