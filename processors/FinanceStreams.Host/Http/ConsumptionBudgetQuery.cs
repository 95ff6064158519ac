using System.Text;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Topologies.Consumption;
using FinanceStreams.Topologies.Consumption.Bucketing;
using FinanceStreams.Topologies.Dataflow;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.State;
using FinanceStreams.Streaming.Partitioning;

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
        var partition = Partition(costCenter);
        if (!Holds(partition) || stream() is not { } running)
        {
            return BudgetLookup.Remote(partition, _ownerOf(partition)?.ToString());
        }

        var store = running.Store(StoreQueryParameters.FromNameAndType(BucketStage.StateStore, QueryableStoreTypes.KeyValueStore<string, byte[]>()));
        var (figures, documents) = BucketQuery.Read(store, costCenter, fiscalYear, fiscalPeriod);
        return BudgetLookup.Local(figures, documents, partition);
    }

    /// <inheritdoc/>
    public DocumentLookup FindDocument(string documentId)
    {
        var held = Enumerable.Range(0, partitions).Where(Holds).ToList();
        var elsewhere = Enumerable.Range(0, partitions).Except(held).ToDictionary(p => p, _ownerOf);
        if (held.Count == 0 || stream() is not { } running)
        {
            return new DocumentLookup([], [], Enumerable.Range(0, partitions).ToDictionary(p => p, _ownerOf));
        }

        var store = running.Store(StoreQueryParameters.FromNameAndType(BucketStage.StateStore, QueryableStoreTypes.KeyValueStore<string, byte[]>()));
        var found = BucketQuery.FindDocument(store, documentId)
            .Where(d => held.Contains(Partition(d.CostCenter)))
            .Select(d => new KnownDocument(d.DocumentType, d.DocumentId, d.CostCenter, d.FiscalYear, d.FiscalPeriod, d.Amount))
            .ToList();
        return new DocumentLookup(found, held, elsewhere);
    }

    private int Partition(string costCenter) => Murmur2Partitioner.Partition(Encoding.UTF8.GetBytes(costCenter), partitions);

    /// <summary>The application id the topology runs as (its consumer group).</summary>
    public static string DefaultApplicationId => ConsumptionTopology.ApplicationId;
}
