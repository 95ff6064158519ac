using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Metrics;

namespace FinanceStreams.Streaming.Metrics;

/// <summary>
/// Publishes Streamiz's sensors (handed to <see cref="IStreamConfig.MetricsReporter"/> by every stream thread each
/// <see cref="IStreamConfig.MetricsIntervalMs"/>) as observable gauges of the meter <see cref="MeterName"/>, so
/// the host's OpenTelemetry and prometheus-net exporters, which listen to meters, export them. Each gauge reports
/// the latest value of each tag set (thread, task, processor node, store ...); names follow OpenTelemetry
/// conventions, <c>streamiz.&lt;group&gt;.&lt;name&gt;</c> (<c>streamiz.thread.commit_latency_avg</c>), with units
/// where the name tells. Non-numeric metrics (version, topology description) are left out.
/// </summary>
public sealed class StreamizMetricsBridge : IDisposable
{
    /// <summary>Name of the meter the gauges belong to.</summary>
    public const string MeterName = "FinanceStreams.Streamiz";

    private readonly ConcurrentDictionary<string, GaugeSeries> _gauges = new(StringComparer.Ordinal);
    private readonly Lock _creating = new();
    private readonly bool _ownsMeter;

    /// <summary>Creates the bridge; its meter comes from <paramref name="meterFactory"/> when given.</summary>
    public StreamizMetricsBridge(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        Meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
    }

    internal Meter Meter { get; }

    /// <summary>Makes <paramref name="config"/> report its sensors here, after any reporter it already had.</summary>
    public void InstallOn(IStreamConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var previous = config.MetricsReporter;
        config.MetricsReporter = previous is null ? Report : sensors =>
        {
            var list = sensors.ToList();
            previous(list);
            Report(list);
        };
    }

    /// <summary>Takes the current value of every metric of <paramref name="sensors"/>.</summary>
    public void Report(IEnumerable<Sensor> sensors)
    {
        ArgumentNullException.ThrowIfNull(sensors);
        foreach (var metric in sensors.SelectMany(s => s.Metrics.Values))
        {
            Record(metric.Group, metric.Name, metric.Description, metric.Tags, metric.Value);
        }
    }

    /// <summary>Keeps one metric's value; a value that is not a number is ignored.</summary>
    internal void Record(string group, string name, string? description, IReadOnlyDictionary<string, string> tags, object? value)
    {
        if (!TryGetNumber(value, out var number))
        {
            return;
        }

        var instrument = StreamizMetricNames.Instrument(group, name);
        if (!_gauges.TryGetValue(instrument, out var series))
        {
            lock (_creating)
            {
                if (!_gauges.TryGetValue(instrument, out series))
                {
                    series = new GaugeSeries();
                    Meter.CreateObservableGauge(instrument, series.Snapshot, StreamizMetricNames.Unit(name), string.IsNullOrEmpty(description) ? null : description);
                    _gauges[instrument] = series;
                }
            }
        }

        series.Set(tags, number);
    }

    /// <summary>Disposes the meter when the bridge created it.</summary>
    public void Dispose()
    {
        if (_ownsMeter)
        {
            Meter.Dispose();
        }
    }

    private static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case bool b:
                number = b ? 1 : 0;
                return true;
            case byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal:
                number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return true;
            case string s:
                return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
            default:
                number = 0;
                return false;
        }
    }
}
