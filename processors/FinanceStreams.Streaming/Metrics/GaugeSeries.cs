using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace FinanceStreams.Streaming.Metrics;

/// <summary>The latest value of one instrument per tag set, as an observable gauge reads it.</summary>
internal sealed class GaugeSeries
{
    private readonly ConcurrentDictionary<string, Measurement<double>> _latest = new(StringComparer.Ordinal);

    /// <summary>Keeps <paramref name="value"/> as the latest for <paramref name="tags"/>.</summary>
    public void Set(IReadOnlyDictionary<string, string> tags, double value)
    {
        var ordered = tags.OrderBy(t => t.Key, StringComparer.Ordinal).ToArray();
        var key = string.Join('\u001f', ordered.Select(t => $"{t.Key}={t.Value}"));
        _latest[key] = new Measurement<double>(value, ordered.Select(t => new KeyValuePair<string, object?>(t.Key, t.Value)));
    }

    /// <summary>The latest value of every tag set.</summary>
    public IEnumerable<Measurement<double>> Snapshot() => [.. _latest.Values];
}
