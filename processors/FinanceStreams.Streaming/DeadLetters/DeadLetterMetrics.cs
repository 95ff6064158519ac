using System.Diagnostics.Metrics;

namespace FinanceStreams.Streaming.DeadLetters;

/// <summary>The dead-letter counter; the host adds <see cref="MeterName"/> to its exporters.</summary>
public static class DeadLetterMetrics
{
    /// <summary>Name of the meter that holds the counter.</summary>
    public const string MeterName = "FinanceStreams.Streaming";

    /// <summary>Name of the counter: records written to the dead-letter topic, tagged <c>topic</c> (the source topic) and <c>topology</c>.</summary>
    public const string RecordsName = "finance.dlq.records";

    private static readonly Meter Meter = new(MeterName);

    internal static Counter<long> Records { get; } = Meter.CreateCounter<long>(RecordsName, "{record}", "Records written to the dead-letter topic.");
}
