namespace FinanceStreams.Streaming.Serialization;

/// <summary>
/// Remembers what a serde read from its last few byte arrays. Streamiz 1.8.2 deserializes every record it consumes twice,
/// on the same buffer: once to extract its timestamp when it reaches the head of its partition's queue, and again when
/// it is processed, usually a few reads later; the second read was about a sixth of the stream thread's time for the
/// CDC sources (dotnet-trace of <c>make bench</c>). Buffers are told apart by reference, not content. Only for immutable
/// results: both callers get the same instance. Safe to share between stream threads.
/// </summary>
/// <typeparam name="T">What is read.</typeparam>
public sealed class ReadMemo<T>
{
    /// <summary>How many reads are remembered.</summary>
    public const int Capacity = 16;

    private readonly (byte[]? Data, T? Value)[] _recent = new (byte[]?, T?)[Capacity];
    private readonly Lock _lock = new();
    private int _next;

    /// <summary>The value read from <paramref name="data"/> lately, else <paramref name="read"/>'s result, remembered.</summary>
    public T Read(byte[] data, Func<byte[], T> read)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(read);
        lock (_lock)
        {
            foreach (var (known, value) in _recent)
            {
                if (ReferenceEquals(known, data))
                {
                    return value!;
                }
            }
        }

        var result = read(data);
        lock (_lock)
        {
            _recent[_next] = (data, result);
            _next = (_next + 1) % Capacity;
        }

        return result;
    }
}
