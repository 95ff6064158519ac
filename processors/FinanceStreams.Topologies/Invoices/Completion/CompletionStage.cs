using finance.posting;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Invoices.Flow;
using FinanceStreams.Topologies.Rows;
using Streamiz.Kafka.Net.Processors.Public;

namespace FinanceStreams.Topologies.Invoices.Completion;

/// <summary>
/// Posting completion per command (keyed by command id): the issued command and the ERP's acknowledgements that name
/// it, whichever comes first, decided by the <see cref="CompletionRule"/> on every change and when stream time (the
/// highest event time read, kept in the store) reaches the acknowledgement deadline. Forwards a changed state (every
/// state on a replay) as a <see cref="PostingStatusView"/> and the command's contribution to its control totals.
/// </summary>
public sealed class CompletionStage : Stage<object, object>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "posting-completions";

    private readonly InvoiceOptions _options;
    private Deadlines? _deadlines;

    /// <summary>A stage with the default options (Streamiz needs this one to check the type; the topology creates the stages with its options).</summary>
    public CompletionStage()
        : this(InvoiceOptions.Unbound)
    {
    }

    /// <summary>A stage deciding with <paramref name="options"/>.</summary>
    public CompletionStage(InvoiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    /// <inheritdoc/>
    protected override void Initialized()
    {
        _deadlines = new Deadlines(Store, "due");
        Context.Schedule(_options.DeadlineCheckInterval, PunctuationType.STREAM_TIME, streamTime => Expire(StreamClock.Advance(Store, streamTime)));
    }

    /// <inheritdoc/>
    protected override void Handle(string key, object value)
    {
        var now = StreamClock.Advance(Store, Context.Timestamp);
        Expire(now);
        var replayed = value switch
        {
            IssuedCommand command => !Issue(key, command),
            RowChange<GlPostingRow> ack => !RowTable.Apply(Store, PartKey.Of("ack", key, ack.RowId), ack).Applied,
            _ => throw new ArgumentException($"The completion stage cannot read {value?.GetType().Name ?? "null"}.", nameof(value)),
        };
        Decide(key, now, replayed);
    }

    /// <summary>Stores the command unless it is known (a command id always carries the same command).</summary>
    private bool Issue(string key, IssuedCommand command)
    {
        if (Store.Get<IssuedCommand>(PartKey.Of("command", key)) is not null)
        {
            return false;
        }

        Store.Put(PartKey.Of("command", key), command);
        return true;
    }

    private void Expire(long now)
    {
        foreach (var (deadline, key) in _deadlines!.TakeDue(now))
        {
            Decide(key, deadline, replayed: false);
        }
    }

    private void Decide(string key, long now, bool replayed)
    {
        var acks = Store.Scan<RowState<GlPostingRow>>(PartKey.Of("ack", key)).Select(a => a.Value.Row).OfType<GlPostingRow>();
        var after = CompletionRule.Decide(Store.Get<IssuedCommand>(PartKey.Of("command", key)), acks, _options.AcknowledgementTimeout, now);
        if (after is null)
        {
            return;
        }

        var before = Store.Get<PostingStatusView>(PartKey.Of("status", key));
        var changed = after != before;
        if (changed)
        {
            if (before?.State == PostingState.AWAITING_ACKNOWLEDGEMENT)
            {
                _deadlines!.Remove(before.AcknowledgeBy, key);
            }

            if (after.State == PostingState.AWAITING_ACKNOWLEDGEMENT)
            {
                _deadlines!.Add(after.AcknowledgeBy, key);
            }

            Store.Put(PartKey.Of("status", key), after);
        }

        if (changed || replayed)
        {
            Context.ChangeTimestamp(after.EventTime);
            Forward(key, after);
            Contributions.Send(Store, "command:" + key, after.Tally.TotalsKey, null, after.Tally, after.EventTime, changed, Forward);
        }
    }
}
