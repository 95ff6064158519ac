using System.Globalization;
using StreamKit.Processing;

namespace StreamKit.Runtime;

/// <summary>
/// Where a record written to a repartition topic came from: the input partition and offset of the
/// record that produced it, and its index among that record's outputs. Replays after a crash write
/// the same origins again, so the reading task can drop them and state stays exactly-once.
/// </summary>
/// <param name="Offset">Input offset of the producing record.</param>
/// <param name="Sequence">Index of this output among the producing record's outputs.</param>
public readonly record struct OriginMark(long Offset, int Sequence) : IComparable<OriginMark>
{
    /// <summary>Header carrying the origin on repartition records: <c>topic/partition/offset/sequence</c>.</summary>
    public const string Header = "streamkit.origin";

    /// <inheritdoc />
    public int CompareTo(OriginMark other) => Offset != other.Offset ? Offset.CompareTo(other.Offset) : Sequence.CompareTo(other.Sequence);

    /// <summary>The header value for output <paramref name="sequence"/> of the record at <paramref name="source"/>.</summary>
    public static string Format(RecordMetadata source, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{source.Topic}/{source.Partition}/{source.Offset}/{sequence}");

    /// <summary>Reads the origin header: the origin partition key and the mark, or null when absent.</summary>
    public static (string Partition, OriginMark Mark)? Parse(RecordHeaders headers)
    {
        var text = headers.LastString(Header);
        if (text is null)
        {
            return null;
        }

        var parts = text.Split('/');
        return parts.Length >= 4
            && long.TryParse(parts[^2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset)
            && int.TryParse(parts[^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var sequence)
            ? (string.Join('/', parts[..^2]), new OriginMark(offset, sequence))
            : null;
    }
}
