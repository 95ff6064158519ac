using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;
using Streamiz.Kafka.Net.Processors.Public;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>
/// Holding the inputs (<see cref="SettleBuffer{T}"/>): applied in event-time order once their hold has passed, checked at
/// every input and by a wall-clock punctuation for idle inputs.
/// </summary>
public sealed partial class BucketStage
{
    /// <inheritdoc/>
    protected override void Initialized()
    {
        if (_settleOptions.Holds)
        {
            var running = TaskProbe.IsRunning(Context);
            Context.Schedule(TimeSpan.FromMilliseconds(Math.Max(10, _settleOptions.HoldMs / 2)), PunctuationType.PROCESSING_TIME, now =>
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
