namespace StreamKit.Telemetry;

/// <summary>Turns cumulative restore progress callbacks into the restore counters.</summary>
internal sealed class RestoreMeter
{
    private readonly Dictionary<string, long> _done = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="store"/> of <paramref name="task"/> has restored <paramref name="done"/> of <paramref name="total"/>.</summary>
    public void Report(string task, string store, long done, long total)
    {
        var key = $"{task}/{store}";
        var tags = new KeyValuePair<string, object?>("streamkit.store", store);
        if (!_done.TryGetValue(key, out var before))
        {
            StreamsMetrics.RestoreRemaining.Add(total, tags);
        }

        _done[key] = done;
        StreamsMetrics.RestoredRecords.Add(done - before, tags);
        StreamsMetrics.RestoreRemaining.Add(before - done, tags);
        if (done >= total)
        {
            StreamsMetrics.RestoreRemaining.Add(done - total, tags); // the partition end moved while restoring
            _done.Remove(key);
        }
    }
}
