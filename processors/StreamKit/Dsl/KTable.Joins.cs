using StreamKit.Processing;
using StreamKit.State;

namespace StreamKit.Dsl;

/// <summary>
/// Table-table joins on the key: a change on either side looks up the other side's store and updates
/// the joined table, so the result always equals the join of both tables' current values.
/// </summary>
internal sealed partial class KTable<TKey, TValue>
{
    public IKTable<TKey, TValueOut> Join<TOther, TValueOut>(IKTable<TKey, TOther> other, Func<TValue, TOther, TValueOut> joiner, Materialized<TKey, TValueOut> materialized) =>
        JoinTables<TOther, TValueOut>(other, (l, r) => l.HasValue && r.HasValue ? Optional<TValueOut>.Some(joiner(l.Value, r.Value)) : Optional<TValueOut>.None, materialized, "KTABLE-JOIN");

    public IKTable<TKey, TValueOut> LeftJoin<TOther, TValueOut>(IKTable<TKey, TOther> other, Func<TValue, Optional<TOther>, TValueOut> joiner, Materialized<TKey, TValueOut> materialized) =>
        JoinTables<TOther, TValueOut>(other, (l, r) => l.HasValue ? Optional<TValueOut>.Some(joiner(l.Value, r)) : Optional<TValueOut>.None, materialized, "KTABLE-LEFTJOIN");

    public IKTable<TKey, TValueOut> OuterJoin<TOther, TValueOut>(IKTable<TKey, TOther> other, Func<Optional<TValue>, Optional<TOther>, TValueOut> joiner, Materialized<TKey, TValueOut> materialized) =>
        JoinTables<TOther, TValueOut>(other, (l, r) => l.HasValue || r.HasValue ? Optional<TValueOut>.Some(joiner(l, r)) : Optional<TValueOut>.None, materialized, "KTABLE-OUTERJOIN");

    private KTable<TKey, TValueOut> JoinTables<TOther, TValueOut>(IKTable<TKey, TOther> other, Func<Optional<TValue>, Optional<TOther>, Optional<TValueOut>> join, Materialized<TKey, TValueOut> materialized, string prefix)
    {
        var right = (KTable<TKey, TOther>)other;
        var leftStore = storeName;
        var rightStore = right.StoreName;
        var fromLeft = builder.Topology.AddProcessor(builder.NewName(prefix + "THIS"), () => new SideJoin<TValue, TOther, TValueOut>(rightStore, (mine, theirs) => join(mine, theirs)), node, rightStore);
        var fromRight = builder.Topology.AddProcessor(builder.NewName(prefix + "OTHER"), () => new SideJoin<TOther, TValue, TValueOut>(leftStore, (mine, theirs) => join(theirs, mine)), right.Node, leftStore);
        return KTable<TKey, TValueOut>.Materialize(builder, fromLeft, materialized, reuseStore: false, fromRight);
    }

    /// <summary>One side of a table-table join: its new value joined with the other side's current value.</summary>
    private sealed class SideJoin<TMine, TTheirs, TValueOut>(string otherStore, Func<Optional<TMine>, Optional<TTheirs>, Optional<TValueOut>> join)
        : IProcessor<TKey, Change<TMine>, TKey, Optional<TValueOut>>
    {
        private IProcessorContext<TKey, Optional<TValueOut>>? _context;
        private ITimestampedKeyValueStore<TKey, TTheirs>? _other;

        public void Init(IProcessorContext<TKey, Optional<TValueOut>> context)
        {
            _context = context;
            _other = context.GetStateStore<ITimestampedKeyValueStore<TKey, TTheirs>>(otherStore);
        }

        public void Process(Record<TKey, Change<TMine>> record)
        {
            var theirs = _other!.TryGet(record.Key, out var row) ? Optional<TTheirs>.Some(row.Value) : Optional<TTheirs>.None;
            _context!.Forward(record.WithValue(join(record.Value.New, theirs)));
        }
    }
}
