using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>Publishing the buckets one input changed: consumption (or tombstone), an alert on a status change, checks.</summary>
public sealed partial class BucketStage
{
    private const int MaxLineage = 50;

    private void Finish(IEnumerable<BucketWork> work, Dictionary<string, CostCenterRow?> settings)
    {
        foreach (var w in work)
        {
            if (w.Recount)
            {
                Recompute(w);
            }

            var costCenter = CostCenter(settings, w.Bucket.CostCenter);
            if (costCenter is not null)
            {
                Publish(w, costCenter);
            }
            else if (w.Totals.PublishedStatus is not null)
            {
                Retract(w, []);
            }

            if (w.Totals != w.Before)
            {
                Store.Put(StoreKeys.Bucket(w.Bucket), w.Totals);
            }

            foreach (var (document, now) in w.Documents)
            {
                var before = w.DocumentsBefore.GetValueOrDefault(document, DocumentTotals.Empty);
                if (now.Items == 0 && before != DocumentTotals.Empty)
                {
                    Store.Delete(StoreKeys.Document(w.Bucket, document));
                }
                else if (now.Items > 0 && now != before)
                {
                    Store.Put(StoreKeys.Document(w.Bucket, document), now);
                }

                IndexChecked(w, document, before, now);
            }
        }
    }

    /// <summary>
    /// Keeps the index of where each checked document counts: written when the document starts or stops asking for checks
    /// here, and on a replay when missing (a crash may have left the totals written and the index not).
    /// </summary>
    private void IndexChecked(BucketWork w, string document, DocumentTotals before, DocumentTotals now)
    {
        var checkedBefore = Placed(before);
        var checkedNow = Placed(now);
        if (checkedBefore is not null && checkedBefore != checkedNow)
        {
            Store.DeleteBookkeeping(StoreKeys.Placement(checkedBefore, w.Bucket, document));
        }

        var key = checkedNow is null ? null : StoreKeys.Placement(checkedNow, w.Bucket, document);
        if (key is not null && (checkedNow != checkedBefore || (w.Replayed && Store.Get<CheckedPlacement>(key) is null)))
        {
            Store.PutBookkeeping(key, new CheckedPlacement(now.CheckType!.Value, w.Bucket.CostCenter, w.Bucket.Year, w.Bucket.Period, document));
        }
    }

    /// <summary>The document id a document's placement is indexed under, or null when it is not indexed.</summary>
    private static string? Placed(DocumentTotals totals) => totals is { CheckItems: > 0, CheckType: not null } ? totals.CheckDocumentId : null;

    /// <summary>A tombstone: the bucket has no contributions, or its cost center is gone.</summary>
    private void Retract(BucketWork w, IReadOnlyList<SourceRef> lineage)
    {
        var key = new finance.budget.BudgetBucketKey { cost_center = w.Bucket.CostCenter, fiscal_year = w.Bucket.Year, fiscal_period = w.Bucket.Period };
        Forward(w.Bucket.Key, BudgetEmission.Of(key, (finance.budget.BudgetConsumption?)null, lineage));
        w.Totals = w.Totals with { PublishedStatus = null };
    }

    private void Publish(BucketWork w, CostCenterRow costCenter)
    {
        var lineage = w.Lineage.Distinct().OrderByDescending(s => s.TsMs).Take(MaxLineage).ToList();
        var figures = BucketFigures.From(w.Bucket, w.Totals, costCenter, lineage);
        var key = new finance.budget.BudgetBucketKey { cost_center = w.Bucket.CostCenter, fiscal_year = w.Bucket.Year, fiscal_period = w.Bucket.Period };
        if (w.Totals.Items == 0)
        {
            if (w.Totals.PublishedStatus is not null || w.Replayed)
            {
                Retract(w, lineage);
            }

            return;
        }

        if (w.Replayed || w.Refresh || w.Totals with { PublishedStatus = null } != w.Before with { PublishedStatus = null } || w.Before.PublishedStatus is null)
        {
            Forward(w.Bucket.Key, BudgetEmission.Of(key, BudgetOutputs.ToConsumption(figures), lineage));
        }

        if (w.Totals.PublishedStatus != figures.Status)
        {
            Forward(w.Bucket.Key, BudgetEmission.Of(key, BudgetOutputs.ToAlert(figures, w.Totals.PublishedStatus), lineage));
            w.Totals = w.Totals with { PublishedStatus = figures.Status };
        }

        foreach (var document in w.Touched)
        {
            var now = w.Documents.TryGetValue(document, out var pending) ? pending : Store.Get<DocumentTotals>(StoreKeys.Document(w.Bucket, document));
            var before = w.DocumentsBefore.GetValueOrDefault(document, now ?? DocumentTotals.Empty);
            if (now?.CheckIdentity is not { } identity)
            {
                continue;
            }

            if (identity != before.CheckIdentity || now.Checked?.Identity != identity)
            {
                Decide(w, figures, document, now, AsOf(w, now.EventTimeMs, identity), lineage);
            }
            else if (w.Replayed)
            {
                var (checkKey, check) = CheckOutputs.Check(figures, now, now.Checked);
                Forward(w.Bucket.Key, BudgetEmission.Of(checkKey, check, lineage));
            }
        }

        if (w.LateBudgetFromMs is { } late)
        {
            Redecide(w, figures, late, lineage);
        }
    }
}
