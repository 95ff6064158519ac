using System.Reflection;
using Streamiz.Kafka.Net.Metrics;

namespace FinanceStreams.Streaming.Tests.Metrics;

/// <summary>
/// Real Streamiz sensors for tests. Their constructor and adders are internal to Streamiz (its own tests
/// use InternalsVisibleTo), so this reaches them by reflection: test code only, and a Streamiz upgrade
/// that renames them fails here loudly rather than in the bridge.
/// </summary>
internal static class StreamizSensors
{
    public static Sensor Create(string name, params (string Name, string Group, Dictionary<string, string> Tags, object Value)[] metrics)
    {
        var sensor = (Sensor)Activator.CreateInstance(typeof(Sensor), BindingFlags.Instance | BindingFlags.NonPublic, null, [name, "test sensor", MetricsRecordingLevel.INFO], null)!;
        var add = typeof(Sensor).GetMethod("AddImmutableMetric", BindingFlags.Instance | BindingFlags.NonPublic)
            ?? throw new MissingMethodException(nameof(Sensor), "AddImmutableMetric");
        foreach (var metric in metrics)
        {
            var metricName = new MetricName(metric.Name, metric.Group, $"{metric.Name} description", metric.Tags);
            add.MakeGenericMethod(metric.Value.GetType()).Invoke(sensor, [metricName, metric.Value, null]);
        }

        return sensor;
    }
}
