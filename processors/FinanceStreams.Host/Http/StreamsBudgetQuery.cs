using System.Text;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.CoGrouping;
using StreamKit.Partitioning;
using StreamKit.Runtime;
using StreamKit.State;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Budget figures from the budget topology's bucket part store (<c>buckets-parts</c>) of this instance,
/// computed by <see cref="BucketCalculator"/> as the topology computes them. The bucket's partition is the
/// murmur2 partition of its UTF-8 key, as the repartition topic places it; when no running task of this
/// instance holds that partition, another instance owns the bucket.
/// </summary>
public sealed class StreamsBudgetQuery : IBucketQuery
{
    private readonly Func<int, IReadOnlyKeyValueStore<string, ValueAndTimestamp<Part>>?> _store;
    private readonly int _partitions;
    private Func<int, Uri?> _ownerOf = _ => null;

    /// <summary>Queries <paramref name="budget"/>, the running budget topology, whose bucket store has <paramref name="partitions"/> partitions.</summary>
    public StreamsBudgetQuery(KafkaStreams budget, int partitions = Topics.Partitions)
        : this(p => budget.LocalStore<string, Part>(StoreName, p), partitions)
    {
        ArgumentNullException.ThrowIfNull(budget);
    }

    internal StreamsBudgetQuery(Func<int, IReadOnlyKeyValueStore<string, ValueAndTimestamp<Part>>?> store, int partitions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        _store = store;
        _partitions = partitions;
    }

    /// <summary>Names the owner of a partition this instance does not hold (e.g. from <see cref="Ownership.BucketOwnership"/>).</summary>
    public void UseOwners(Func<int, Uri?> ownerOf) => _ownerOf = ownerOf ?? throw new ArgumentNullException(nameof(ownerOf));

    /// <summary>Whether this instance holds <paramref name="partition"/> of the bucket store.</summary>
    public bool Holds(int partition) => _store(partition) is not null;

    /// <summary>The queried store.</summary>
    public static string StoreName => CoGroup.StoreNameOf(BudgetTopology.BucketGroup);

    /// <inheritdoc/>
    public BudgetLookup Find(string costCenter, int fiscalYear, int fiscalPeriod)
    {
        var key = Buckets.Key(costCenter, fiscalYear, fiscalPeriod);
        var partition = Murmur2Partitioner.Partition(Encoding.UTF8.GetBytes(key), _partitions);
        var store = _store(partition);
        if (store is null)
        {
            return BudgetLookup.Remote(partition, _ownerOf(partition)?.ToString());
        }

        var dossier = DossierParts.Read(store, key);
        return BudgetLookup.Local(BucketCalculator.Compute(dossier), BucketCalculator.Items(dossier), partition);
    }
}
