namespace FinanceStreams.Topologies.Budget;

/// <summary>Which figure of a bucket a contribution adds to.</summary>
public enum BudgetItemKind
{
    /// <summary>An APPROVED budget line.</summary>
    Budget,

    /// <summary>An open requisition.</summary>
    PreCommitment,

    /// <summary>The open amount of a RELEASED purchase order line.</summary>
    Commitment,

    /// <summary>An invoice line referencing a PO line.</summary>
    Actual,
}
