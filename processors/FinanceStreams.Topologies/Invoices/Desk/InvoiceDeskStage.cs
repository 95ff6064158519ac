using finance.matching;
using FinanceStreams.Streaming.Serialization;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Invoices.Flow;
using FinanceStreams.Topologies.Invoices.Matching;
using FinanceStreams.Topologies.Invoices.Messages;
using FinanceStreams.Topologies.Invoices.Posting;
using FinanceStreams.Topologies.Rows;
using Streamiz.Kafka.Net.Processors.Public;

namespace FinanceStreams.Topologies.Invoices.Desk;

/// <summary>
/// Runs the <see cref="InvoiceDesk"/> per invoice (keyed by invoice_id) on the evaluations of its purchase-order file,
/// with the cost centers and FX rates (every partition holds all of them) to enrich commands. An evaluation acts at
/// once: the file sends one per source event. Stream time is the highest event time read (kept in the store);
/// waiting invoices are decided again when it reaches the end of their grace period, as of that time. The first replayed
/// evaluation of an invoice since the task started re-forwards its current outputs, in case the first ones never left a
/// crashed process; later ones (a source's technical duplicates) change nothing, so a command is sent once.
/// Outputs carry the event time they decide on (see <see cref="EventTime"/>), so a replay of the same history ends in
/// the same records.
/// </summary>
public sealed class InvoiceDeskStage : Stage<object, DeskOutput>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "invoice-desks";

    private readonly InvoiceOptions _options;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private InvoiceDesk? _desk;
    private Deadlines? _deadlines;

    /// <summary>A stage with the default options (Streamiz needs this one to check the type; the topology creates the stages with its options).</summary>
    public InvoiceDeskStage()
        : this(InvoiceOptions.Unbound)
    {
    }

    /// <summary>A stage deciding with <paramref name="options"/>.</summary>
    public InvoiceDeskStage(InvoiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    private InvoiceDesk Desk => _desk ?? throw new InvalidOperationException("The stage is not initialized.");

    /// <inheritdoc/>
    protected override void Initialized()
    {
        var reference = new ReferenceData(
            costCenter => Store.Get<RowState<CostCenterRow>>(PartKey.Of("cost-center", costCenter))?.Row,
            (from, to) => Store.Scan<RowState<FxRateRow>>(PartKey.Of("fx", from, to)).Select(r => r.Value.Row).OfType<FxRateRow>());
        _desk = new InvoiceDesk(_options, reference);
        _deadlines = new Deadlines(Store, "due");
        Context.Schedule(_options.DeadlineCheckInterval, PunctuationType.STREAM_TIME, streamTime => Expire(StreamClock.Advance(Store, streamTime)));
    }

    /// <inheritdoc/>
    protected override void Handle(string key, object value)
    {
        switch (value)
        {
            case RowChange<CostCenterRow> costCenter:
                RowTable.Apply(Store, PartKey.Of("cost-center", costCenter.RowId), costCenter);
                break;
            case RowChange<FxRateRow> rate:
                RowTable.Apply(Store, PartKey.Of(["fx", .. rate.RowId.Split('|')]), rate);
                break;
            case EvaluationChange change:
                var now = StreamClock.Advance(Store, Context.Timestamp);
                Expire(now);
                Decide(key, change, now);
                break;
            default:
                throw new ArgumentException($"The invoice desk cannot read {value?.GetType().Name ?? "null"}.", nameof(value));
        }
    }

    private void Decide(string key, EvaluationChange change, long now)
    {
        var state = Store.Get<DeskState>(PartKey.Of("desk", key)) ?? new DeskState();
        if (change.Version < state.Version || (change.Evaluation is null && (change.Destination is not null || (state.File is not null && state.File != change.File))))
        {
            return; // stale, or the invoice moved to another file, which sends its evaluation
        }

        if (change.File == state.File && change.Version == state.Version && Same(change.Evaluation, state.Evaluation))
        {
            if (_seen.Add(key))
            {
                Reforward(key, state); // the first replay since the task started: the outputs may never have left a crashed process
            }

            return;
        }

        Apply(key, state, change.Evaluation, now, change.Evaluation is null ? Context.Timestamp : EventTime(change.Evaluation, now), change.File, change.Version);
    }

    private void Expire(long now)
    {
        foreach (var (deadline, key) in _deadlines!.TakeDue(now))
        {
            if (Store.Get<DeskState>(PartKey.Of("desk", key)) is { Evaluation: { Outcome: MatchOutcome.Waiting } waiting } state && Desk.Deadline(waiting) == deadline)
            {
                Apply(key, state, waiting, deadline, EventTime(waiting, deadline), state.File, state.Version);
            }
        }
    }

    private void Apply(string key, DeskState state, InvoiceEvaluation? evaluation, long now, long eventTime, string? file, long version)
    {
        if (state.Evaluation is { Outcome: MatchOutcome.Waiting } waiting)
        {
            _deadlines!.Remove(Desk.Deadline(waiting), key);
        }

        var (next, outputs) = Desk.Apply(state, evaluation, now, eventTime);
        if (evaluation is { Outcome: MatchOutcome.Waiting } && Desk.Deadline(evaluation) > now)
        {
            _deadlines!.Add(Desk.Deadline(evaluation), key);
        }

        Store.Put(PartKey.Of("desk", key), next with { File = file, Version = version });
        _seen.Add(key);
        Emit(key, outputs, eventTime, applied: true);
    }

    /// <summary>The invoice's standing outputs again: status, commands, duplicate report, unmatched event and contribution.</summary>
    private void Reforward(string key, DeskState state)
    {
        var outputs = new List<DeskOutput> { state.Status is { } status ? new DeskOutput { Status = status } : new DeskOutput { StatusDeleted = true } };
        foreach (var command in new[] { state.Posted, state.Reversal }.OfType<CommandDocument>())
        {
            InvoiceDesk.Issue(command, outputs);
        }

        if (state.ReportedDuplicate is { } duplicate)
        {
            outputs.Add(new DeskOutput { Duplicate = duplicate });
        }

        if (state.Status is { Status: InvoiceMatchStatus.UNMATCHED } unmatched)
        {
            outputs.Add(new DeskOutput { Unmatched = new UnmatchedView(UnmatchedEventType.UNMATCHED, unmatched) });
        }

        outputs.Add(new DeskOutput { Tallied = true, Tally = InvoiceDesk.Tally(state.Status) });
        Emit(key, outputs, state.Status?.EventTime ?? Context.Timestamp, applied: false);
    }

    private void Emit(string key, IReadOnlyList<DeskOutput> outputs, long eventTime, bool applied)
    {
        Context.ChangeTimestamp(eventTime);
        foreach (var output in outputs)
        {
            if (output.Tallied)
            {
                Contributions.Send(Store, "invoice:" + key, output.Tally?.TotalsKey, output.Tally, null, eventTime, applied, (target, change) => Forward(target, new DeskOutput { Totals = change }));
            }
            else
            {
                Forward(output.Issued?.CommandId ?? key, output);
            }
        }
    }

    /// <summary>
    /// The event time an evaluation is decided at, from the data alone: its latest source event, or the end of the grace
    /// period once stream time <paramref name="now"/> has passed it for a waiting invoice.
    /// </summary>
    private long EventTime(InvoiceEvaluation evaluation, long now)
    {
        var latest = evaluation.Lineage.Max(s => s.TsMs);
        return evaluation.Outcome == MatchOutcome.Waiting && now >= Desk.Deadline(evaluation) ? Math.Max(latest, Desk.Deadline(evaluation)) : latest;
    }

    private static bool Same(InvoiceEvaluation? a, InvoiceEvaluation? b) =>
        a is null ? b is null : b is not null && CompactSerDes<InvoiceEvaluation>.Write(a).AsSpan().SequenceEqual(CompactSerDes<InvoiceEvaluation>.Write(b));
}
