using System.Text;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Topologies.Consumption;
using FinanceStreams.Topologies.Consumption.Bucketing;
using FinanceStreams.Topologies.Dataflow;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.State;
using StreamKit.Partitioning;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Budget lookups against the Streamiz budget topology's bucket stage. Buckets are partitioned by
/// cost center (murmur2, as the stage's input topics); a bucket of a partition held by another
/// instance is reported with that instance, which the API forwards to.
/// </summary>
public sealed class ConsumptionBudgetQuery(Func<KafkaStream?> stream, string applicationId, int partitions = Topics.Partitions) : IBucketQuery
{
    private Func<int, Uri?> _ownerOf = _ => null;

    /// <inheritdoc/>
    public void UseOwners(Func<int, Uri?> ownerOf) => _ownerOf = ownerOf ?? throw new ArgumentNullException(nameof(ownerOf));

    /// <inheritdoc/>
    public bool Holds(int partition) => LocalTasks.Holds(applicationId, BucketStage.StateStore, partition);

    /// <inheritdoc/>
    public BudgetLookup Find(string costCenter, int fiscalYear, int fiscalPeriod)
    {
        var partition = Murmur2Partitioner.Partition(Encoding.UTF8.GetBytes(costCenter), partitions);
        if (!Holds(partition) || stream() is not { } running)
        {
            return BudgetLookup.Remote(partition, _ownerOf(partition)?.ToString());
        }

        var store = running.Store(StoreQueryParameters.FromNameAndType(BucketStage.StateStore, QueryableStoreTypes.KeyValueStore<string, byte[]>()));
        var (figures, documents) = BucketQuery.Read(store, costCenter, fiscalYear, fiscalPeriod);
        return BudgetLookup.Local(figures, documents, partition);
    }

    /// <summary>The application id the topology runs as (its consumer group).</summary>
    public static string DefaultApplicationId => ConsumptionTopology.ApplicationId;
}
