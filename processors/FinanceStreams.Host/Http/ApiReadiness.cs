namespace FinanceStreams.Host.Http;

/// <summary>
/// Readiness as the API means it, able to answer: the topologies run (<see cref="IReadiness"/>), the budget query's
/// instance holds at least one bucket partition (when it is an <see cref="IBucketHolder"/>), and a broker answers
/// (when an <see cref="IBrokerProbe"/> is given).
/// </summary>
public sealed class ApiReadiness(IReadiness topologies, IBudgetQuery budgets, IBrokerProbe? broker, int partitions)
{
    /// <summary>Null when ready, else why not.</summary>
    public string? NotReadyReason()
    {
        if (!topologies.IsReady)
        {
            return "The budget state of this instance is restoring or not started yet.";
        }

        if (broker is { IsReachable: false })
        {
            return "This instance has lost its Kafka brokers; its figures may be stale.";
        }

        if (budgets is IBucketHolder holder && !Enumerable.Range(0, partitions).Any(holder.Holds))
        {
            return "This instance holds no bucket partition (its tasks are not assigned yet, or other instances hold them all).";
        }

        return null;
    }
}
