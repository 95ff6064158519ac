using System.Globalization;
using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>
/// The buckets of the cost centers of one partition (keyed by cost center). Holds each
/// contribution with its version and evaluation, each document's and bucket's totals, the cost
/// center rows and (every partition) all FX rates. Inputs are held briefly and applied in event-time
/// order (BucketStage.Settle.cs); the contribution changes of one event time are applied together and
/// each bucket they touched is published once; a replayed or reordered change (version
/// not above the stored one) changes nothing and rebuilds the bucket's totals from its items, which
/// repairs totals a crash left behind their items. Cost center and rate changes re-evaluate exactly
/// the items they affect.
/// </summary>
public sealed partial class BucketStage : Stage<object, BudgetEmission>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "buckets";

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    private readonly SettleOptions _settleOptions;
    private readonly ItemTimeline _timeline = new();
    private readonly HashSet<string> _recounted = new(StringComparer.Ordinal);
    private SettleBuffer<BucketInput>? _settle;

    /// <summary>A stage with the default hold (Streamiz needs this one to check the type; it creates the stages with the topology's options).</summary>
    public BucketStage()
        : this(new SettleOptions())
    {
    }

    /// <summary>A stage that holds its inputs as <paramref name="settle"/> says.</summary>
    public BucketStage(SettleOptions settle)
    {
        ArgumentNullException.ThrowIfNull(settle);
        _settleOptions = settle;
    }

    /// <inheritdoc/>
    protected override void Handle(string key, object value)
    {
        var input = BucketInput.Of(key, value);
        if (!_settleOptions.Holds)
        {
            Apply([input]);
            return;
        }

        var now = Context.WallClockTime;
        Held(now).Add(PartKey.Of(Context.Topic, Context.Partition.Value.ToString(CultureInfo.InvariantCulture), Context.Offset.ToString(CultureInfo.InvariantCulture)), input, now);
        Settle(now);
    }

    /// <summary>Applies inputs of one event time: row changes one by one, then every contribution change of them as one batch.</summary>
    private void Apply(IReadOnlyList<BucketInput> inputs)
    {
        foreach (var input in inputs)
        {
            if (input.CostCenter is { } costCenter)
            {
                ApplyCostCenter(input.Key, costCenter);
            }
            else if (input.Rate is { } rate)
            {
                ApplyRate(rate);
            }
        }

        var batches = inputs.Select(i => i.Batch).OfType<ItemBatch>().ToList();
        if (batches.Count > 0)
        {
            ApplyBatch(batches.Count == 1 ? batches[0] : new ItemBatch([.. batches.SelectMany(b => b.Changes)], batches[0].EventTimeMs));
        }
    }

    private void ApplyBatch(ItemBatch batch)
    {
        var work = new Dictionary<string, BucketWork>(StringComparer.Ordinal);
        var settings = new Dictionary<string, CostCenterRow?>(StringComparer.Ordinal);
        foreach (var change in batch.Changes)
        {
            var bucket = new BucketRef(change.CostCenter, change.FiscalYear, change.FiscalPeriod);
            var w = Work(work, bucket);
            var costCenter = CostCenter(settings, change.CostCenter);
            var key = StoreKeys.Item(bucket, change.ItemId);
            var stored = Store.Get<StoredItem>(key);
            w.Touch(stored?.Contribution, change.Contribution);
            if (stored is not null && change.Version <= stored.Version)
            {
                w.Replayed = true;
                if (change.Version < stored.Version || Same(stored.Contribution, change.Contribution))
                {
                    continue;
                }
            }

            var evaluation = change.Contribution is null ? ItemEvaluation.Unknown : Evaluate(change.Contribution, costCenter);
            var next = new StoredItem(change.Version, change.Contribution, evaluation);
            if (stored is not null && Same(stored.Contribution, change.Contribution) && stored.Evaluation == evaluation)
            {
                Store.Put(key, next); // a new version of the same figures: no total moves
                _timeline.Changed(bucket, change.ItemId, stored, next);
                continue;
            }

            Replace(w, change.ItemId, stored, next, costCenter);
            if ((change.Contribution ?? stored?.Contribution) is { Kind: BudgetItemKind.Budget })
            {
                w.BudgetChanged(change.Contribution?.EventTimeMs ?? batch.EventTimeMs);
            }
        }

        Finish(work.Values, settings);
    }

    private static bool Same(Contribution? a, Contribution? b) => a is null ? b is null : a.SameFigures(b);

    /// <summary>
    /// The work on <paramref name="bucket"/> for this input. The first input that touches a bucket in this stage's life
    /// rebuilds its totals from its items and forwards its state: the store may come from a changelog whose last commit
    /// was cut short by a crash, holding a bucket's totals without all the items they count, or items without their
    /// totals (the changelog is written at commit, each key once, so no order of keys keeps a bucket's items and totals
    /// together). Later in the same life the totals are exact (this stage wrote them with their items), so a replay only
    /// forwards the state again.
    /// </summary>
    private BucketWork Work(Dictionary<string, BucketWork> work, BucketRef bucket)
    {
        if (!work.TryGetValue(bucket.Key, out var w))
        {
            var first = _recounted.Add(bucket.Key);
            w = new BucketWork(bucket, Store.Get<BucketTotals>(StoreKeys.Bucket(bucket)) ?? BucketTotals.Empty) { Recount = first, Replayed = first };
            work.Add(bucket.Key, w);
        }

        return w;
    }

    /// <summary>The cost center row, read once per input.</summary>
    private CostCenterRow? CostCenter(Dictionary<string, CostCenterRow?> known, string costCenter) =>
        known.TryGetValue(costCenter, out var row) ? row : known[costCenter] = CostCenter(costCenter);

    private CostCenterRow? CostCenter(string costCenter) => Store.Get<RowState<CostCenterRow>>(StoreKeys.CostCenter(costCenter))?.Row;
}
