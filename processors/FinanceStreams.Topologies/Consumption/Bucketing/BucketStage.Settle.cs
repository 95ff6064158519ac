using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;
using Streamiz.Kafka.Net.Processors.Public;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>
/// Holding the inputs (<see cref="SettleBuffer{T}"/>): applied in event-time order once their hold has passed, checked at
/// every input and by a wall-clock punctuation every tenth of the hold (at least 10 ms), so that an input with no other
/// after it waits little more than its hold (a punctuation finding nothing due costs a look at the first held input).
/// </summary>
public sealed partial class BucketStage
{
    /// <inheritdoc/>
    protected override void Initialized()
    {
        if (_settleOptions.Holds)
        {
            var running = TaskProbe.IsRunning(Context);
            Context.Schedule(TimeSpan.FromMilliseconds(Math.Max(10, _settleOptions.HoldMs / 10)), PunctuationType.PROCESSING_TIME, now =>
            {
                if (running())
                {
                    Settle(now);
                }
            });
        }
    }

    /// <summary>
    /// The held inputs, read from the store when first needed: only a running task's store is restored (Streamiz
    /// initializes the stage before it restores the store).
    /// </summary>
    private SettleBuffer<BucketInput> Held(long nowMs) => _settle ??= new SettleBuffer<BucketInput>(Store, _settleOptions, nowMs);

    /// <summary>Applies the held inputs whose wait is over, one event time at a time; forgets old applied ones.</summary>
    private void Settle(long nowMs)
    {
        var held = Held(nowMs);
        while (held.TakeNext(nowMs) is { } inputs)
        {
            Context.ChangeTimestamp(inputs[0].EventTimeMs);
            Apply(inputs);
        }

        held.Forget(nowMs);
    }
}
