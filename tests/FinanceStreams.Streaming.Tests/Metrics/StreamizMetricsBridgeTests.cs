using FinanceStreams.Streaming.Metrics;
using Streamiz.Kafka.Net;

namespace FinanceStreams.Streaming.Tests.Metrics;

public sealed class StreamizMetricsBridgeTests : IDisposable
{
    private readonly StreamizMetricsBridge _bridge = new();
    private readonly GaugeRecorder _gauges;

    public StreamizMetricsBridgeTests() => _gauges = new GaugeRecorder(_bridge.Meter);

    public void Dispose()
    {
        _gauges.Dispose();
        _bridge.Dispose();
    }

    private static Dictionary<string, string> Thread(string id) => new() { ["thread_id"] = id, ["client_id"] = "app-1" };

    [Fact]
    public void Report_StreamizSensor_PublishesItsValueAsGaugeWithTagsAndUnit()
    {
        var sensor = StreamizSensors.Create("commit", ("commit-latency-avg", "stream-thread-metrics", Thread("t1"), 12.5));

        _bridge.Report([sensor]);

        var (name, unit, value, tags) = Assert.Single(_gauges.Collect().Measurements);
        Assert.Equal("streamiz.thread.commit_latency_avg", name);
        Assert.Equal("ms", unit);
        Assert.Equal(12.5, value);
        Assert.Equal("t1", tags["thread_id"]);
        Assert.Equal("app-1", tags["client_id"]);
    }

    [Fact]
    public void Report_TwoTagSets_KeepsOneSeriesEach()
    {
        _bridge.Report([StreamizSensors.Create("a", ("commit-total", "stream-thread-metrics", Thread("t1"), 3L))]);
        _bridge.Report([StreamizSensors.Create("b", ("commit-total", "stream-thread-metrics", Thread("t2"), 5L))]);

        var values = _gauges.Collect().Measurements.ToDictionary(m => m.Tags["thread_id"]!, m => m.Value);

        Assert.Equal(new Dictionary<string, double> { ["t1"] = 3, ["t2"] = 5 }, values);
    }

    [Fact]
    public void Report_SameSeriesAgain_GaugeShowsTheLatestValue()
    {
        _bridge.Report([StreamizSensors.Create("a", ("commit-total", "stream-thread-metrics", Thread("t1"), 3L))]);
        _bridge.Report([StreamizSensors.Create("a", ("commit-total", "stream-thread-metrics", Thread("t1"), 8L))]);

        Assert.Equal(8, Assert.Single(_gauges.Collect().Measurements).Value);
    }

    [Fact]
    public void Report_NonNumericMetric_IsLeftOut()
    {
        _bridge.Report([StreamizSensors.Create("info", ("version", "stream-metrics", Thread("t1"), "1.8.2"), ("stream_threads", "stream-metrics", Thread("t1"), 1))]);

        var measurement = Assert.Single(_gauges.Collect().Measurements);
        Assert.Equal("streamiz.client.stream_threads", measurement.Name);
        Assert.Equal(1, measurement.Value);
    }

    [Fact]
    public void Record_BoolAndNumericString_AreNumbers()
    {
        _bridge.Record("stream-metrics", "running", null, Thread("t1"), true);
        _bridge.Record("stream-metrics", "lag", null, Thread("t1"), "42.5");

        var values = _gauges.Collect().Measurements.ToDictionary(m => m.Name, m => m.Value);

        Assert.Equal(1, values["streamiz.client.running"]);
        Assert.Equal(42.5, values["streamiz.client.lag"]);
    }

    [Fact]
    public void InstallOn_Config_ReporterFeedsTheBridgeAndKeepsThePreviousReporter()
    {
        var previousSaw = 0;
        var config = new StreamConfig { MetricsReporter = sensors => previousSaw += sensors.Count() };
        _bridge.InstallOn(config);

        config.MetricsReporter([StreamizSensors.Create("p", ("process-rate", "stream-task-metrics", Thread("t1"), 99.0))]);

        Assert.Equal(1, previousSaw);
        var measurement = Assert.Single(_gauges.Collect().Measurements);
        Assert.Equal(("streamiz.task.process_rate", "{operation}/s", 99.0), (measurement.Name, measurement.Unit, measurement.Value));
    }

    [Fact]
    public void Dispose_OwnMeter_StopsPublishing()
    {
        _bridge.Report([StreamizSensors.Create("a", ("commit-total", "stream-thread-metrics", Thread("t1"), 3L))]);

        _bridge.Dispose();

        Assert.Empty(_gauges.Collect().Measurements);
    }
}
