using System.Diagnostics;
using System.Diagnostics.Metrics;
using StreamKit.Dsl;
using StreamKit.Processing;
using StreamKit.Serialization;
using StreamKit.Telemetry;
using StreamKit.Testing;

namespace StreamKit.Tests.Telemetry;

public sealed class TelemetryTests
{
    private static (TopologyTestDriver Driver, TestInputTopic<string, string> In, TestOutputTopic<string, string> Out) CreateSut(string applicationId)
    {
        var builder = new StreamsBuilder(applicationId);
        builder.Stream("in", Consumed<string, string>.With(Serdes.String, Serdes.String)).MapValues((_, v) => v + "!", Serdes.String).To("out");
        var driver = new TopologyTestDriver(builder.Build());
        return (driver, driver.CreateInputTopic("in", Serdes.String, Serdes.String), driver.CreateOutputTopic("out", Serdes.String, Serdes.String));
    }

    [Fact]
    public void ProcessedRecords_AreCountedPerApplication()
    {
        var application = $"metrics-{Guid.NewGuid():N}";
        long processed = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == StreamsMetrics.MeterName && instrument.Name == "streamkit.records.processed")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "streamkit.application.id" && (string?)tag.Value == application)
                {
                    Interlocked.Add(ref processed, value);
                }
            }
        });
        listener.Start();
        var (driver, input, _) = CreateSut(application);
        using var _ = driver;

        input.Pipe("a", "x", 1);
        input.Pipe("b", "y", 2);

        Assert.Equal(2, Interlocked.Read(ref processed));
    }

    [Fact]
    public void Output_CarriesTheProcessingSpanInTraceparent_ContinuingTheInputTrace()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == StreamsTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        var (driver, input, output) = CreateSut("tracing");
        using var _ = driver;
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        const string parentSpan = "00f067aa0ba902b7";

        input.Pipe("a", "x", 1, RecordHeaders.Empty.Add(StreamsTracing.TraceParent, $"00-{traceId}-{parentSpan}-01"));

        var traceparent = Assert.Single(output.ReadRecords()).Headers.LastString(StreamsTracing.TraceParent)!;
        var parts = traceparent.Split('-');
        Assert.Equal(traceId, parts[1]);
        Assert.NotEqual(parentSpan, parts[2]);
    }
}
