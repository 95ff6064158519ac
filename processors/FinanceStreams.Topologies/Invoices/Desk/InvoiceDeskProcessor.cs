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
/// Runs the <see cref="InvoiceDesk"/> per invoice: keeps its state, re-decides on every change of the
/// invoice's evaluation, and re-decides waiting invoices when stream time reaches the end of their
/// grace period (punctuation on stream time, and before each record so no record sees a stale status).
/// </summary>
internal sealed class InvoiceDeskProcessor(InvoiceOptions options, InvoiceStores stores) : IProcessor<string, Change<Dossier>, string, DeskOutput>
{
    private IProcessorContext<string, DeskOutput>? _context;
    private IKeyValueStore<string, DeskState>? _states;
    private DeadlineIndex? _deadlines;
    private InvoiceDesk? _desk;

    public void Init(IProcessorContext<string, DeskOutput> context)
    {
        _context = context;
        _states = context.GetStateStore<IKeyValueStore<string, DeskState>>(stores.DeskStates);
        _deadlines = new DeadlineIndex(context.GetStateStore<IKeyValueStore<string, string>>(stores.DeskDeadlines));
        var reference = new ReferenceData(
            context.GetStateStore<ITimestampedKeyValueStore<string, CdcRowState<CostCenterRow>>>(stores.CostCenters),
            context.GetStateStore<ITimestampedKeyValueStore<string, CdcRowState<FxRateRow>>>(stores.FxRates));
        _desk = new InvoiceDesk(options, reference);
        context.Schedule(options.DeadlineCheckInterval, PunctuationType.StreamTime, Expire);
    }

    public void Process(Record<string, Change<Dossier>> record)
    {
        var now = Math.Max(_context!.StreamTime, record.Timestamp);
        Expire(now);
        var evaluation = record.Value.New.HasValue ? Current(record.Value.New.Value) : null;
        Apply(record.Key, evaluation, now, record.Timestamp, record.Headers);
    }

    private void Expire(long now)
    {
        foreach (var key in _deadlines!.TakeDue(now))
        {
            if (_states!.Get(key) is { Evaluation: { } evaluation })
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
