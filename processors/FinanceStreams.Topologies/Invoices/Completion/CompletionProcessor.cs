using finance.posting;
using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Invoices.Desk;
using StreamKit.Dsl;
using StreamKit.Processing;
using StreamKit.State;

namespace FinanceStreams.Topologies.Invoices.Completion;

/// <summary>
/// Runs the <see cref="CompletionRule"/> per command: re-decides on every change of the command's
/// dossier, and when stream time reaches the acknowledgement deadline of an awaiting command.
/// </summary>
internal sealed class CompletionProcessor(InvoiceOptions options, InvoiceStores stores) : IProcessor<string, Change<Dossier>, string, CompletionOutput>
{
    private IProcessorContext<string, CompletionOutput>? _context;
    private IKeyValueStore<string, PostingStatusView>? _states;
    private DeadlineIndex? _deadlines;
    private ITimestampedKeyValueStore<string, Part>? _dossiers;

    public void Init(IProcessorContext<string, CompletionOutput> context)
    {
        _context = context;
        _states = context.GetStateStore<IKeyValueStore<string, PostingStatusView>>(stores.CompletionStates);
        _deadlines = new DeadlineIndex(context.GetStateStore<IKeyValueStore<string, string>>(stores.CompletionDeadlines));
        _dossiers = context.GetStateStore<ITimestampedKeyValueStore<string, Part>>(CoGroup.StoreNameOf(InvoiceTopology.CompletionGroup));
        context.Schedule(options.DeadlineCheckInterval, PunctuationType.StreamTime, Expire);
    }

    public void Process(Record<string, Change<Dossier>> record)
    {
        var now = Math.Max(_context!.StreamTime, record.Timestamp);
        Expire(now);
        Apply(record.Key, record.Value.New.HasValue ? record.Value.New.Value : null, now, record.Timestamp, record.Headers);
    }

    private void Expire(long now)
    {
        foreach (var key in _deadlines!.TakeDue(now))
        {
            Apply(key, DossierParts.Read(_dossiers!, key), now, now, RecordHeaders.Empty);
        }
    }

    private void Apply(string key, Dossier? dossier, long now, long eventTime, RecordHeaders headers)
    {
        var before = _states!.Get(key);
        var after = dossier is null ? null : CompletionRule.Decide(key, dossier, options.AcknowledgementTimeout, now, eventTime);
        if (after is null || after.SameAs(before))
        {
            return;
        }

        _states.Put(key, after);
        if (after.State == PostingState.AWAITING_ACKNOWLEDGEMENT)
        {
            _deadlines!.Add(after.AcknowledgeBy, key);
        }
        else if (before?.State == PostingState.AWAITING_ACKNOWLEDGEMENT)
        {
            _deadlines!.Remove(before.AcknowledgeBy, key);
        }

        _context!.Forward(new Record<string, CompletionOutput>(key, new CompletionOutput(after, before?.Tally), eventTime, headers));
    }
}
