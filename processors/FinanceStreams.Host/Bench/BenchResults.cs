using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FinanceStreams.Host.Bench;

/// <summary>The figures of one benchmark run, and the machine they were measured on.</summary>
internal sealed record BenchResults
{
    public required string Machine { get; init; }

    public required int Events { get; init; }

    public required double AverageRecordBytes { get; init; }

    public required double BaselineEventsPerSecond { get; init; }

    public required BudgetFigures Budget { get; init; }

    public double BudgetToBaselineRatio => Budget.EventsPerSecond / BaselineEventsPerSecond;

    public required PipelineFigures Pipeline { get; init; }

    /// <summary>Whole pipeline events/s over baseline events/s (a ratio of two rates).</summary>
    public double PipelineToBaselineRatio => Pipeline.EventsPerSecond / BaselineEventsPerSecond;

    public required RecoveryFigures Recovery { get; init; }

    public required string MeasuredAt { get; init; }

    /// <summary>Writes the results as indented JSON.</summary>
    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }) + "\n");
    }

    /// <summary>The README's results section, between its markers.</summary>
    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Measured {MeasuredAt} on {Machine}, local broker (librdkafka mock cluster), 3 partitions, at-least-once, {Events:N0} simulated CDC events of {AverageRecordBytes:N0} bytes on average (`make bench`; figures in `bench/results.json`).");
        text.AppendLine();
        text.AppendLine("| measure | value |");
        text.AppendLine("|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| baseline: plain consume → produce (Confluent.Kafka), warm: its second run | {BaselineEventsPerSecond:N0} events/s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| budget topology alone on Streamiz ({Budget.InputEvents:N0} input events, one instance, a stream thread per partition), warm: its second run in the process | {Budget.EventsPerSecond:N0} events/s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| budget topology alone, cold: its first run in a new process (code compiled as it runs) | {Budget.ColdEventsPerSecond:N0} events/s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| budget topology / baseline | {BudgetToBaselineRatio:P0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| budget topology: state store writes (changelog records) per input event | {Budget.ChangelogRecordsPerEvent:N1} |");
        Latencies(text, Budget.LatencyMs, Budget.OfferedLoadEventsPerSecond, "budget input events/s, half the budget topology's maximum");
        text.AppendLine(CultureInfo.InvariantCulture, $"| whole pipeline on Streamiz: both topologies in one instance as `run` starts them, {Pipeline.StreamThreads} stream thread(s) each ({Pipeline.InputEvents:N0} input events), first input to last output | {Pipeline.EventsPerSecond:N0} events/s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| whole pipeline / baseline | {PipelineToBaselineRatio:P0} |");
        Latencies(text, Pipeline.LatencyMs, Pipeline.OfferedLoadEventsPerSecond, "events/s, half the pipeline's maximum");

        text.AppendLine(CultureInfo.InvariantCulture, $"| restore of every store into a fresh instance, first restored record to last (largest store `{Pipeline.LargestStore}`, {Pipeline.LargestStoreRecords:N0} records) | {Pipeline.RestoreRecordsPerSecond:N0} records/s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| recovery after SIGKILL: `run` killed after {Recovery.KilledAfterSeconds:N0} s of processing, restarted on its state directory: from the new process's start to every topology's tasks running (the first topology's) | {Recovery.EveryTopologySeconds:N1} s ({Recovery.FirstTopologySeconds:N1} s) |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| peak working set of the bench process after the whole pipeline ran | {Pipeline.PeakWorkingSetMb:N0} MB |");
        return text.ToString();
    }

    private static void Latencies(StringBuilder text, IReadOnlyDictionary<string, LatencyFigures> latencies, double offered, string load)
    {
        foreach (var (topic, l) in latencies)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| end-to-end latency to `{topic}` at {offered:N0} {load}: p50 / p99 / p99.9 | {(l.Samples == 0 ? "no output within a minute" : $"{l.P50:N0} / {l.P99:N0} / {l.P999:N0} ms ({l.Samples:N0} records)")} |");
        }
    }

    /// <summary>Replaces the text between <c>&lt;!-- bench:start --&gt;</c> and <c>&lt;!-- bench:end --&gt;</c> in <paramref name="readme"/>.</summary>
    public void UpdateReadme(string readme)
    {
        const string Start = "<!-- bench:start -->";
        const string End = "<!-- bench:end -->";
        var text = File.ReadAllText(readme);
        var (from, to) = (text.IndexOf(Start, StringComparison.Ordinal), text.IndexOf(End, StringComparison.Ordinal));
        if (from < 0 || to < from)
        {
            throw new InvalidOperationException($"{readme} has no {Start} ... {End} section to fill.");
        }

        File.WriteAllText(readme, text[..(from + Start.Length)] + "\n" + Markdown() + text[to..]);
    }
}

/// <summary>Latency percentiles in milliseconds.</summary>
internal sealed record LatencyFigures(double? P50, double? P99, double? P999, int Samples)
{
    public static LatencyFigures Of(List<double> samples)
    {
        if (samples.Count == 0)
        {
            return new(null, null, null, 0); // JSON has no NaN
        }

        samples.Sort();
        double At(double q) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(q * samples.Count) - 1)];
        return new(At(0.50), At(0.99), At(0.999), samples.Count);
    }
}
