namespace FinanceStreams.Topologies.Dataflow;

/// <summary>A value that knows its event time (the source database's <c>ts_ms</c>).</summary>
public interface IEventTimed
{
    /// <summary>Event time, epoch milliseconds.</summary>
    long EventTimeMs { get; }
}
