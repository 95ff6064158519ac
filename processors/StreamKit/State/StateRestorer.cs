namespace StreamKit.State;

/// <summary>
/// Applies changelog records to a store's innermost bytes store (<see cref="IRestorableStore.RestoreTarget"/>)
/// in batches, reporting progress after each batch. Within a batch the last record of a key wins
/// and tombstones delete. Not thread-safe: one restorer per store, fed by one thread.
/// </summary>
public sealed class StateRestorer
{
    private readonly IKeyValueBytesStore _target;
    private readonly IProgress<RestoreProgress>? _progress;
    private readonly int _batchSize;

    /// <summary>Creates a restorer.</summary>
    /// <param name="target">The bytes store written to, below any cache or logging layer.</param>
    /// <param name="total">The number of records expected, for progress reports.</param>
    /// <param name="progress">Receives a report after each batch; may be null.</param>
    /// <param name="batchSize">Records per write batch, at least 1.</param>
    public StateRestorer(IKeyValueBytesStore target, long total, IProgress<RestoreProgress>? progress = null, int batchSize = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _target = target ?? throw new ArgumentNullException(nameof(target));
        _progress = progress;
        _batchSize = batchSize;
        Total = total;
    }

    /// <summary>Records applied so far.</summary>
    public long Restored { get; private set; }

    /// <summary>The number of records expected.</summary>
    public long Total { get; }

    /// <summary>Applies <paramref name="records"/> (for example one poll's worth) in batches.</summary>
    /// <param name="records">Changelog records in offset order.</param>
    public void Restore(IEnumerable<ChangelogRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var batch in records.Chunk(_batchSize))
        {
            _target.PutAll(batch.Select(r => KeyValuePair.Create(r.Key, r.Value)));
            Restored += batch.Length;
            _progress?.Report(new RestoreProgress(_target.Name, Restored, Total));
        }
    }

    /// <summary>Flushes the target once restore is done and returns the final progress.</summary>
    public RestoreProgress Complete()
    {
        _target.Flush();
        return new RestoreProgress(_target.Name, Restored, Total);
    }
}
