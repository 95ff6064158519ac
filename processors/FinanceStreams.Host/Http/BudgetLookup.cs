using FinanceStreams.Topologies.Budget;

namespace FinanceStreams.Host.Http;

/// <summary>The answer of an <see cref="IBudgetQuery"/>: a bucket's figures and contributions, none, or another instance's bucket.</summary>
public sealed record BudgetLookup
{
    private BudgetLookup(BudgetLookupKind kind, BucketFigures? figures, IReadOnlyList<BudgetItem> items, int? partition, string? owner)
    {
        Kind = kind;
        Figures = figures;
        Items = items;
        Partition = partition;
        Owner = owner;
    }

    /// <summary>What was found.</summary>
    public BudgetLookupKind Kind { get; }

    /// <summary>The bucket's figures when <see cref="Kind"/> is <see cref="BudgetLookupKind.Found"/>.</summary>
    public BucketFigures? Figures { get; }

    /// <summary>The bucket's contributions (a check subtracts the checked document's own).</summary>
    public IReadOnlyList<BudgetItem> Items { get; }

    /// <summary>The partition of the bucket's store, when known.</summary>
    public int? Partition { get; }

    /// <summary>The instance that owns the bucket (e.g. its base URL) when another one does and it is known.</summary>
    public string? Owner { get; }

    /// <summary>The owner's address when <see cref="Owner"/> is one.</summary>
    public Uri? OwnerUrl => Uri.TryCreate(Owner, UriKind.Absolute, out var url) ? url : null;

    /// <summary>A bucket this instance owns: found when <paramref name="figures"/> is not null.</summary>
    public static BudgetLookup Local(BucketFigures? figures, IReadOnlyList<BudgetItem> items, int? partition = null) =>
        new(figures is null ? BudgetLookupKind.NotFound : BudgetLookupKind.Found, figures, items ?? [], partition, null);

    /// <summary>A bucket another instance owns; <paramref name="owner"/> names it when known.</summary>
    public static BudgetLookup Remote(int? partition, string? owner = null) => new(BudgetLookupKind.NotLocal, null, [], partition, owner);
}
