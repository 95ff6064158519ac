using StreamKit.Processing;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Dsl.Windowing;

/// <summary>
/// One side of a windowed stream-stream join: stores its record, joins it with every record of the
/// other side inside the window, and (for left/outer joins) parks it while unmatched, emitting it with
/// an absent partner once its window has closed; a later partner takes it out of the parking store.
/// </summary>
internal sealed class StreamJoinSide<TKey, TMine, TTheirs, TResult>(StreamJoinSide<TKey, TMine, TTheirs, TResult>.Settings settings)
    : IProcessor<TKey, TMine, TKey, TResult>
{
    private IProcessorContext<TKey, TResult>? _context;
    private IWindowStore<TKey, TMine>? _mine;
    private IWindowStore<TKey, TTheirs>? _theirs;
    private IKeyValueStore<byte[], byte[]>? _waiting;

    public void Init(IProcessorContext<TKey, TResult> context)
    {
        _context = context;
        _mine = context.GetStateStore<IWindowStore<TKey, TMine>>(settings.MyStore);
        _theirs = context.GetStateStore<IWindowStore<TKey, TTheirs>>(settings.TheirStore);
        if (settings.WaitingStore is { } waiting)
        {
            _waiting = context.GetStateStore<IKeyValueStore<byte[], byte[]>>(waiting);
            context.Schedule(TimeSpan.FromSeconds(1), PunctuationType.StreamTime, EmitClosed);
        }
    }

    public void Process(Record<TKey, TMine> record)
    {
        if (record.Key is null || record.Value is null)
        {
            return;
        }

        if (record.Timestamp + settings.AfterMs + settings.GraceMs < _context!.StreamTime)
        {
            LateRecords.Drop(settings.MyStore);
            return;
        }

        _mine!.Put(record.Key, record.Value, record.Timestamp);
        var matched = false;
        foreach (var (time, theirs) in _theirs!.Fetch(record.Key, record.Timestamp - settings.BeforeMs, record.Timestamp + settings.AfterMs).ToList())
        {
            matched = true;
            _waiting?.Delete(JoinBuffer.Key(time, settings.TheirSide, KeyBytes(record.Key)));
            _context.Forward(record.WithValue(settings.Join(Optional<TMine>.Some(record.Value), Optional<TTheirs>.Some(theirs))));
        }

        if (!matched && settings.EmitsUnmatched && _waiting is not null)
        {
            var key = JoinBuffer.Key(record.Timestamp, settings.MySide, KeyBytes(record.Key));
            _waiting.Put(key, JoinBuffer.Append(_waiting.Get(key), settings.ValueSerde.Serialize(record.Value, SerdeContext.Value(settings.MyStore))));
        }

        if (_waiting is not null)
        {
            EmitClosed(_context.StreamTime);
        }
    }

    private void EmitClosed(long streamTime)
    {
        var closedBefore = streamTime - settings.AfterMs - settings.GraceMs;
        foreach (var (bufferKey, values) in _waiting!.Range([], JoinBuffer.UpTo(closedBefore)).ToList())
        {
            var (time, side, key) = JoinBuffer.Parse(bufferKey);
            if (side != settings.MySide || time + settings.AfterMs + settings.GraceMs >= streamTime)
            {
                continue;
            }

            _waiting.Delete(bufferKey);
            var recordKey = settings.KeySerde.Deserialize(key, SerdeContext.Key(settings.WaitingStore!));
            foreach (var value in JoinBuffer.Values(values))
            {
                var mine = settings.ValueSerde.Deserialize(value, SerdeContext.Value(settings.MyStore));
                _context!.Forward(new Record<TKey, TResult>(recordKey, settings.Join(Optional<TMine>.Some(mine), Optional<TTheirs>.None), time, RecordHeaders.Empty));
            }
        }
    }

    private byte[] KeyBytes(TKey key) => settings.KeySerde.Serialize(key, SerdeContext.Key(settings.WaitingStore ?? settings.MyStore));

    /// <summary>What a side needs to know.</summary>
    internal sealed record Settings(
        string MyStore,
        string TheirStore,
        string? WaitingStore,
        byte MySide,
        byte TheirSide,
        long BeforeMs,
        long AfterMs,
        long GraceMs,
        bool EmitsUnmatched,
        ISerde<TKey> KeySerde,
        ISerde<TMine> ValueSerde,
        Func<Optional<TMine>, Optional<TTheirs>, TResult> Join);
}
