using StreamKit.Processing;

namespace StreamKit.Runtime;

/// <summary>
/// Recognizes repartition records a task has already applied. A channel is one input partition of the
/// task and one origin partition writing into it: the origin's task writes it in order, so its marks only
/// grow, and a mark at or below the last one applied is a replay of a crashed batch. Channels are kept
/// apart because one origin record may write to several repartition topics that one task reads (a merge
/// joins their sub-topologies), and those arrive in no fixed order relative to each other.
/// </summary>
internal sealed class ReplayFilter
{
    private const char Separator = '<';
    private readonly Dictionary<string, OriginMark> _last = new(StringComparer.Ordinal);

    /// <summary>The last mark applied per channel, for the checkpoint.</summary>
    public IReadOnlyDictionary<string, OriginMark> Snapshot() => new Dictionary<string, OriginMark>(_last, StringComparer.Ordinal);

    /// <summary>Continues from a checkpoint's marks (entries of the former per-origin format, without an input partition, are ignored).</summary>
    public void Restore(IReadOnlyDictionary<string, OriginMark>? marks)
    {
        foreach (var (channel, mark) in marks ?? new Dictionary<string, OriginMark>())
        {
            if (channel.Contains(Separator, StringComparison.Ordinal))
            {
                _last[channel] = mark;
            }
        }
    }

    /// <summary>True for a record with an origin mark at or below the last one applied on its channel; otherwise records the mark.</summary>
    public bool IsReplay(string topic, int partition, RecordHeaders headers)
    {
        if (OriginMark.Parse(headers) is not { } origin)
        {
            return false;
        }

        var channel = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{topic}/{partition}{Separator}{origin.Partition}");
        if (_last.TryGetValue(channel, out var last) && origin.Mark.CompareTo(last) <= 0)
        {
            return true;
        }

        _last[channel] = origin.Mark;
        return false;
    }
}
