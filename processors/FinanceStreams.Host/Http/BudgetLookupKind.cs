namespace FinanceStreams.Host.Http;

/// <summary>What a budget query found.</summary>
public enum BudgetLookupKind
{
    /// <summary>This instance owns the bucket and knows its figures.</summary>
    Found,

    /// <summary>This instance owns the bucket's partition, which holds no figures for it.</summary>
    NotFound,

    /// <summary>Another instance owns the bucket's partition.</summary>
    NotLocal,
}
