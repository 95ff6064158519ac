using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>What one input changed in one bucket: totals before and now, the documents touched and their totals, whether a replay was seen.</summary>
internal sealed class BucketWork(BucketRef bucket, BucketTotals before)
{
    public BucketRef Bucket { get; } = bucket;

    public BucketTotals Before { get; } = before;

    public BucketTotals Totals { get; set; } = before;

    /// <summary>Each document's totals in the store before this input (read once, when first needed).</summary>
    public Dictionary<string, DocumentTotals> DocumentsBefore { get; } = new(StringComparer.Ordinal);

    /// <summary>Each document's totals as this input leaves them; written to the store once, when the input is done.</summary>
    public Dictionary<string, DocumentTotals> Documents { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether an input replayed something the bucket had: its state is forwarded again.</summary>
    public bool Replayed { get; set; }

    /// <summary>Whether the bucket's totals are rebuilt from its items (its first input in this stage's life).</summary>
    public bool Recount { get; init; }

    /// <summary>Publish even if the totals did not move (the cost center's settings changed).</summary>
    public bool Refresh { get; set; }

    public List<SourceRef> Lineage { get; } = [];

    /// <summary>The earliest event time of a budget change that arrived after the bucket had seen later changes, or null.</summary>
    public long? LateBudgetFromMs { get; private set; }

    /// <summary>Notes a change of the bucket's budget at <paramref name="eventTimeMs"/>: late when the bucket had seen a later change.</summary>
    public void BudgetChanged(long eventTimeMs)
    {
        if (eventTimeMs < Before.LastEventTimeMs)
        {
            LateBudgetFromMs = Math.Min(LateBudgetFromMs ?? long.MaxValue, eventTimeMs);
        }
    }

    public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

    /// <summary>Notes the documents (and lineage) of a change of one item.</summary>
    public void Touch(Contribution? old, Contribution? now)
    {
        if (old is not null)
        {
            Touched.Add(old.DocumentId);
        }

        if (now is not null)
        {
            Touched.Add(now.DocumentId);
            Lineage.AddRange(now.Lineage);
        }
    }
}
