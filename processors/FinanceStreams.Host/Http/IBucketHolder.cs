namespace FinanceStreams.Host.Http;

/// <summary>What the budget API's ownership announcements need of a budget query: which bucket partitions are held here, and who holds the others.</summary>
public interface IBucketHolder
{
    /// <summary>True while this instance holds the partition.</summary>
    bool Holds(int partition);

    /// <summary>Where the other partitions are held.</summary>
    void UseOwners(Func<int, Uri?> ownerOf);
}

/// <summary>A budget query whose instance announces the bucket partitions it holds.</summary>
public interface IBucketQuery : IBudgetQuery, IBucketHolder;
