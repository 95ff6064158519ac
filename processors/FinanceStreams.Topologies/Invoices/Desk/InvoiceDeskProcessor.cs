using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Ingestion;
using FinanceStreams.Topologies.Invoices.Matching;
using FinanceStreams.Topologies.Invoices.Posting;
using FinanceStreams.Topologies.Rows;
using StreamKit.Dsl;
using StreamKit.Processing;
using StreamKit.State;

namespace FinanceStreams.Topologies.Invoices.Desk;

/// <summary>
/// Runs the <see cref="InvoiceDesk"/> per invoice: keeps its state, acts on a change of the invoice's
/// evaluation once it has settled (<see cref="InvoiceOptions.SettleTime"/>, processing time), and
/// re-decides waiting invoices when stream time reaches the end of their grace period (punctuation on
/// stream time, and before each record so no record sees a stale status).
/// </summary>
internal sealed class InvoiceDeskProcessor(InvoiceOptions options, InvoiceStores stores) : IProcessor<string, Change<Dossier>, string, DeskOutput>
{
    private IProcessorContext<string, DeskOutput>? _context;
    private IKeyValueStore<string, DeskState>? _states;
    private DeadlineIndex? _deadlines;
    private DeadlineIndex? _settling;
    private InvoiceDesk? _desk;

    public void Init(IProcessorContext<string, DeskOutput> context)
    {
        _context = context;
        _states = context.GetStateStore<IKeyValueStore<string, DeskState>>(stores.DeskStates);
        _deadlines = new DeadlineIndex(context.GetStateStore<IKeyValueStore<string, string>>(stores.DeskDeadlines));
        _settling = new DeadlineIndex(context.GetStateStore<IKeyValueStore<string, string>>(stores.DeskSettling));
        var reference = new ReferenceData(
            context.GetStateStore<ITimestampedKeyValueStore<string, CdcRowState<CostCenterRow>>>(stores.CostCenters),
            context.GetStateStore<ITimestampedKeyValueStore<string, CdcRowState<FxRateRow>>>(stores.FxRates));
        _desk = new InvoiceDesk(options, reference);
        context.Schedule(options.DeadlineCheckInterval, PunctuationType.StreamTime, Expire);
        if (options.SettleTime > TimeSpan.Zero)
        {
            context.Schedule(TimeSpan.FromMilliseconds(Math.Min(options.SettleTime.TotalMilliseconds, 1000)), PunctuationType.WallClockTime, Settle);
        }
    }

    public void Process(Record<string, Change<Dossier>> record)
    {
        var now = Math.Max(_context!.StreamTime, record.Timestamp);
        Expire(now);
        var evaluation = record.Value.New.HasValue ? Current(record.Value.New.Value) : null;
        if (options.SettleTime <= TimeSpan.Zero)
        {
            Apply(record.Key, evaluation, now, record.Timestamp, record.Headers);
            return;
        }

        var state = _states!.Get(record.Key) ?? new DeskState();
        if (state.Pending is { } previous)
        {
            _settling!.Remove(previous.Due, record.Key);
        }

        var due = _context.WallClockTime + (long)options.SettleTime.TotalMilliseconds;
        _states.Put(record.Key, state with { Pending = new PendingEvaluation(evaluation, record.Timestamp, due) });
        _settling!.Add(due, record.Key);
    }

    private void Settle(long wallClock)
    {
        foreach (var key in _settling!.TakeDue(wallClock))
        {
            if (_states!.Get(key) is { Pending: { } pending } state)
            {
                _states.Put(key, state with { Pending = null });
                Apply(key, pending.Evaluation, _context!.StreamTime, pending.EventTime, RecordHeaders.Empty);
            }
        }
    }

    private void Expire(long now)
    {
        foreach (var key in _deadlines!.TakeDue(now))
        {
            // an invoice with a change still settling is decided when it settles, at the stream time of then
            if (_states!.Get(key) is { Evaluation: { } evaluation, Pending: null })
            {
                Apply(key, evaluation, now, now, RecordHeaders.Empty);
            }
        }
    }

    private void Apply(string key, InvoiceEvaluation? evaluation, long now, long eventTime, RecordHeaders headers)
    {
        var state = _states!.Get(key) ?? new DeskState();
        if (state.Evaluation is { Outcome: MatchOutcome.Waiting } waiting)
        {
            _deadlines!.Remove(_desk!.Deadline(waiting), key);
        }

        var (next, outputs) = _desk!.Apply(state, evaluation, now, eventTime);
        _states.Put(key, next);
        if (evaluation is { Outcome: MatchOutcome.Waiting } && _desk.Deadline(evaluation) > now)
        {
            _deadlines!.Add(_desk.Deadline(evaluation), key);
        }

        foreach (var output in outputs)
        {
            _context!.Forward(new Record<string, DeskOutput>(key, output, eventTime, headers));
        }
    }

    /// <summary>The evaluation of the invoice's current header: an invoice that moved to another PO is briefly evaluated in both files.</summary>
    private static InvoiceEvaluation? Current(Dossier dossier) =>
        dossier.All(p => p.Evaluation).MaxBy(e => e.Invoice.Source.Lsn);
}
