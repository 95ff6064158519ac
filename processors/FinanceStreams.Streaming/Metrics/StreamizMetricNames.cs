using System.Text;

namespace FinanceStreams.Streaming.Metrics;

/// <summary>
/// OpenTelemetry-style names and units for Streamiz's Kafka-Streams-style metrics:
/// group <c>stream-thread-metrics</c> and name <c>commit-latency-avg</c> become
/// <c>streamiz.thread.commit_latency_avg</c> in <c>ms</c>.
/// </summary>
internal static class StreamizMetricNames
{
    /// <summary>Prefix of every instrument name.</summary>
    public const string Prefix = "streamiz.";

    /// <summary>The instrument name for a Streamiz metric group and name.</summary>
    public static string Instrument(string group, string name) => $"{Prefix}{Group(group)}.{Component(name)}";

    /// <summary>UCUM unit from Kafka Streams' name suffixes (<c>-latency-avg</c>, <c>-rate</c>, <c>-total</c>, ...); null when unknown.</summary>
    public static string? Unit(string name)
    {
        var n = name.ToLowerInvariant();
        var thing = n.Contains("record", StringComparison.Ordinal) ? "{record}" : "{operation}";
        return n switch
        {
            _ when n.Contains("latency", StringComparison.Ordinal) || n.EndsWith("-time", StringComparison.Ordinal) || n.EndsWith("-ms", StringComparison.Ordinal) => "ms",
            _ when n.Contains("bytes", StringComparison.Ordinal) => "By",
            _ when n.EndsWith("-ratio", StringComparison.Ordinal) => "1",
            _ when n.EndsWith("-rate", StringComparison.Ordinal) => thing + "/s",
            _ when n.EndsWith("-total", StringComparison.Ordinal) || n.EndsWith("-count", StringComparison.Ordinal) => thing,
            _ when n.Contains("records", StringComparison.Ordinal) => "{record}",
            _ => null,
        };
    }

    private static string Group(string group)
    {
        var g = group.ToLowerInvariant();
        g = g.EndsWith("-metrics", StringComparison.Ordinal) ? g[..^"-metrics".Length] : g;
        g = g == "stream" ? "client" : g.StartsWith("stream-", StringComparison.Ordinal) ? g["stream-".Length..] : g;
        return Component(g);
    }

    private static string Component(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            result.Append(char.IsAsciiLetterOrDigit(c) || c is '.' ? c : '_');
        }

        return result.ToString().Trim('_', '.');
    }
}
