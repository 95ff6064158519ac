namespace FinanceStreams.Topologies.Invoices.Matching;

/// <summary>What the match rules decide from the data alone; the grace period turns <see cref="Waiting"/> into PENDING or UNMATCHED.</summary>
public enum MatchOutcome
{
    /// <summary>Every check passes.</summary>
    Matched,

    /// <summary>Only reasons that later data may cure (PO_LINE_NOT_FOUND, NOT_RECEIVED) fail.</summary>
    Waiting,

    /// <summary>At least one other reason fails.</summary>
    Unmatched,

    /// <summary>The invoice is an exact duplicate.</summary>
    Duplicate,

    /// <summary>The invoice is cancelled.</summary>
    Cancelled,
}
