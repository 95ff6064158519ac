namespace StreamKit.Dsl.Windowing;

/// <summary>
/// How much a suppression buffer may hold and what happens when it is full: emit its oldest keys early
/// (the default for a bounded buffer) or stop the application with a fatal error.
/// </summary>
public sealed record BufferConfig
{
    private BufferConfig(long maxRecords, long maxBytes, bool shutDownWhenFull)
    {
        MaxRecordCount = maxRecords;
        MaxByteCount = maxBytes;
        ShutsDownWhenFull = shutDownWhenFull;
    }

    /// <summary>How many keys the buffer holds; <see cref="long.MaxValue"/> when unbounded.</summary>
    public long MaxRecordCount { get; private init; }

    /// <summary>How many bytes of keys and values the buffer holds; <see cref="long.MaxValue"/> when unbounded.</summary>
    public long MaxByteCount { get; private init; }

    /// <summary>True when a full buffer fails the task instead of emitting early.</summary>
    public bool ShutsDownWhenFull { get; private init; }

    /// <summary>True when neither a record nor a byte limit is set.</summary>
    public bool IsUnbounded => MaxRecordCount == long.MaxValue && MaxByteCount == long.MaxValue;

    /// <summary>A buffer limited only by memory (and its logged store).</summary>
    public static BufferConfig Unbounded() => new(long.MaxValue, long.MaxValue, false);

    /// <summary>A buffer of at most <paramref name="records"/> keys.</summary>
    public static BufferConfig MaxRecords(long records) => Unbounded().WithMaxRecords(records);

    /// <summary>A buffer of at most <paramref name="bytes"/> bytes of keys and values.</summary>
    public static BufferConfig MaxBytes(long bytes) => Unbounded().WithMaxBytes(bytes);

    /// <summary>The same, also limited to <paramref name="records"/> keys.</summary>
    public BufferConfig WithMaxRecords(long records)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(records, 1);
        return MaxRecordCount == long.MaxValue ? this with { MaxRecordCount = records } : throw Settings.GivenTwice("record limit");
    }

    /// <summary>The same, also limited to <paramref name="bytes"/> bytes.</summary>
    public BufferConfig WithMaxBytes(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1);
        return MaxByteCount == long.MaxValue ? this with { MaxByteCount = bytes } : throw Settings.GivenTwice("byte limit");
    }

    /// <summary>The same, but a full buffer stops the task (a fatal error) rather than emitting early.</summary>
    public BufferConfig ShutDownWhenFull() => ShutsDownWhenFull ? throw Settings.GivenTwice("full-buffer policy") : this with { ShutsDownWhenFull = true };

    internal bool IsFull(long records, long bytes) => records > MaxRecordCount || bytes > MaxByteCount;
}
