using Streamiz.Kafka.Net.Crosscutting;

namespace FinanceStreams.Streaming.State;

/// <summary>Orders and hashes keys by their bytes (unsigned, lexicographic), as Kafka Streams' stores do.</summary>
internal sealed class ByteOrder : IComparer<Bytes>, IEqualityComparer<Bytes>
{
    public static ByteOrder Instance { get; } = new();

    public int Compare(Bytes? x, Bytes? y) => x is null || y is null
        ? (x is null ? 0 : 1) - (y is null ? 0 : 1)
        : x.Get.AsSpan().SequenceCompareTo(y.Get);

    public bool Equals(Bytes? x, Bytes? y) => x is null || y is null ? x is null && y is null : x.Get.AsSpan().SequenceEqual(y.Get);

    public int GetHashCode(Bytes obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = default(HashCode);
        hash.AddBytes(obj.Get);
        return hash.ToHashCode();
    }
}
