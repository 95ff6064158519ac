using System.Runtime.CompilerServices;

namespace FinanceStreams.Streaming.Serialization;

/// <summary>
/// Remembers what a serde read from each byte array for as long as the array lives. Streamiz 1.8.2
/// deserializes every source record twice, once to extract its timestamp when it reaches the head of its
/// partition's queue and again when it is processed, on the same buffer; for the CDC sources that second
/// read was about a sixth of the stream thread's time (dotnet-trace of <c>make bench</c>). Only for
/// immutable results: both callers get the same instance.
/// </summary>
/// <typeparam name="T">What is read.</typeparam>
public sealed class ReadMemo<T>
    where T : class
{
    private readonly ConditionalWeakTable<byte[], T> _read = [];

    /// <summary>The value read from <paramref name="data"/> before, else <paramref name="read"/>'s result, remembered.</summary>
    public T Read(byte[] data, Func<byte[], T> read)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(read);
        if (_read.TryGetValue(data, out var known))
        {
            return known;
        }

        var value = read(data);
        _read.AddOrUpdate(data, value);
        return value;
    }
}
