using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>
/// Budget checks decided on the bucket as of the document's event time (runtime.md): the items whose latest source
/// event is not after it. A budget change older than what the bucket has seen re-decides the checks it moves (a
/// requisition that reached its bucket before its budget line is not left judged against a budget of 0). Other late
/// contributions do not: re-deciding on every one multiplied the checks ~16-fold in `bench --budget-only`.
/// </summary>
public sealed partial class BucketStage
{
    /// <summary>Emits the check of <paramref name="document"/> decided on <paramref name="against"/>, and remembers it.</summary>
    private void Decide(BucketWork w, BucketFigures figures, string document, DocumentTotals now, CheckedAgainst against, IReadOnlyList<SourceRef> lineage)
    {
        var (checkKey, check) = CheckOutputs.Check(figures, now, against);
        Forward(w.Bucket.Key, BudgetEmission.Of(checkKey, check, lineage));
        w.DocumentsBefore.TryAdd(document, now); // first read from the store here: it is what the store holds
        w.Documents[document] = now with { Checked = against };
    }

    /// <summary>
    /// The bucket's budget and consumption counting only items last changed at or before <paramref name="eventTimeMs"/>:
    /// its totals less the items changed later (usually none; found through <see cref="ItemTimeline"/>, not a scan).
    /// </summary>
    private CheckedAgainst AsOf(BucketWork w, long eventTimeMs, string identity)
    {
        var (budget, consumed) = (w.Totals.Budget, w.Totals.Consumed);
        if (eventTimeMs < w.Totals.LastEventTimeMs)
        {
            var later = _timeline.After(Store, w.Bucket, eventTimeMs);
            (budget, consumed) = (budget - later.Budget, consumed - later.Consumed);
        }

        return new(identity, budget, consumed);
    }

    /// <summary>Decides again every check this input did not touch whose document is not older than <paramref name="lateFromMs"/> and whose figures moved.</summary>
    private void Redecide(BucketWork w, BucketFigures figures, long lateFromMs, IReadOnlyList<SourceRef> lineage)
    {
        foreach (var (key, stored) in Store.Scan<DocumentTotals>(StoreKeys.Documents(w.Bucket)))
        {
            var document = PartKey.Last(key);
            var now = w.Documents.GetValueOrDefault(document, stored);
            if (w.Touched.Contains(document) || now.CheckIdentity is not { } identity || now.Checked is null || now.EventTimeMs < lateFromMs)
            {
                continue;
            }

            var against = AsOf(w, now.EventTimeMs, identity);
            if (against != now.Checked)
            {
                Decide(w, figures, document, now, against, lineage);
            }
        }
    }
}
