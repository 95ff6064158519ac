using StreamKit.Processing;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Dsl.Windowing;

/// <summary>
/// One side of a windowed stream-stream join: stores its record, joins it with every record of the
/// other side inside the window (the result carries the later of the two timestamps), and (for left/outer
/// joins) parks it while unmatched; a later partner takes it out of the parking store. Unmatched records of
/// either side are emitted, with an absent partner and in time order, once their window has closed.
/// </summary>
internal sealed class StreamJoinSide<TKey, TMine, TTheirs, TResult>(StreamJoinSide<TKey, TMine, TTheirs, TResult>.Settings settings)
    : IProcessor<TKey, TMine, TKey, TResult>
{
    private IProcessorContext<TKey, TResult>? _context;
    private IWindowStore<TKey, TMine>? _mine;
    private IWindowStore<TKey, TTheirs>? _theirs;
    private IKeyValueStore<byte[], byte[]>? _waiting;

    private byte TheirSide => (byte)(1 - settings.MySide);

    public void Init(IProcessorContext<TKey, TResult> context)
    {
        _context = context;
        _mine = context.GetStateStore<IWindowStore<TKey, TMine>>(settings.MyStore);
        _theirs = context.GetStateStore<IWindowStore<TKey, TTheirs>>(settings.TheirStore);
        if (settings.WaitingStore is { } waiting)
        {
            _waiting = context.GetStateStore<IKeyValueStore<byte[], byte[]>>(waiting);
            if (settings.MySide == 0)
            {
                context.Schedule(TimeSpan.FromSeconds(1), PunctuationType.StreamTime, EmitClosed); // for stream time moved by other inputs of the task
            }
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
            LateRecords.Drop(settings.MyStore, _context);
            return;
        }

        _mine!.Put(record.Key, record.Value, record.Timestamp);
        var matched = false;
        foreach (var (time, theirs) in _theirs!.Fetch(record.Key, record.Timestamp - settings.BeforeMs, record.Timestamp + settings.AfterMs).ToList())
        {
            matched = true;
            _waiting?.Delete(JoinBuffer.Key(time, TheirSide, KeyBytes(record.Key)));
            var result = settings.Join(Optional<TMine>.Some(record.Value), Optional<TTheirs>.Some(theirs));
            _context.Forward(new Record<TKey, TResult>(record.Key, result, Math.Max(record.Timestamp, time), record.Headers));
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

    /// <summary>Emits the parked records of both sides whose window closed: time + that side's after + grace &lt; stream time.</summary>
    private void EmitClosed(long streamTime)
    {
        var closedBefore = streamTime - Math.Min(settings.AfterMs, settings.BeforeMs) - settings.GraceMs;
        foreach (var (bufferKey, values) in _waiting!.Range([], JoinBuffer.UpTo(closedBefore)).ToList())
        {
            var (time, side, key) = JoinBuffer.Parse(bufferKey);
            var after = side == settings.MySide ? settings.AfterMs : settings.BeforeMs;
            if (time + after + settings.GraceMs >= streamTime)
            {
                continue;
            }

            _waiting.Delete(bufferKey);
            var recordKey = settings.KeySerde.Deserialize(key, SerdeContext.Key(settings.WaitingStore!));
            foreach (var value in JoinBuffer.Values(values))
            {
                var result = side == settings.MySide
                    ? settings.Join(Optional<TMine>.Some(settings.ValueSerde.Deserialize(value, SerdeContext.Value(settings.MyStore))), Optional<TTheirs>.None)
                    : settings.Join(Optional<TMine>.None, Optional<TTheirs>.Some(settings.TheirValueSerde.Deserialize(value, SerdeContext.Value(settings.TheirStore))));
                _context!.Forward(new Record<TKey, TResult>(recordKey, result, time, RecordHeaders.Empty));
            }
        }
    }

    private byte[] KeyBytes(TKey key) => settings.KeySerde.Serialize(key, SerdeContext.Key(settings.WaitingStore ?? settings.MyStore));

    /// <summary>What a side needs to know.</summary>
    /// <param name="MyStore">This side's window store.</param>
    /// <param name="TheirStore">The other side's window store.</param>
    /// <param name="WaitingStore">The store of unmatched records (left/outer joins), shared by both sides.</param>
    /// <param name="MySide">0 for the left (this) stream, 1 for the right (other) one.</param>
    /// <param name="BeforeMs">How far the other side's records may lie before this side's.</param>
    /// <param name="AfterMs">How far the other side's records may lie after this side's.</param>
    /// <param name="GraceMs">How long after its window a record is still accepted.</param>
    /// <param name="EmitsUnmatched">Whether this side's unmatched records are parked and emitted.</param>
    /// <param name="KeySerde">Key serde.</param>
    /// <param name="ValueSerde">This side's value serde.</param>
    /// <param name="TheirValueSerde">The other side's value serde.</param>
    /// <param name="Join">The joiner, from this side's point of view.</param>
    internal sealed record Settings(
        string MyStore,
        string TheirStore,
        string? WaitingStore,
        byte MySide,
        long BeforeMs,
        long AfterMs,
        long GraceMs,
        bool EmitsUnmatched,
        ISerde<TKey> KeySerde,
        ISerde<TMine> ValueSerde,
        ISerde<TTheirs> TheirValueSerde,
        Func<Optional<TMine>, Optional<TTheirs>, TResult> Join);
}
