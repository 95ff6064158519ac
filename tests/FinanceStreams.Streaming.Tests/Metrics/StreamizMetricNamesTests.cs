using FinanceStreams.Streaming.Metrics;

namespace FinanceStreams.Streaming.Tests.Metrics;

public sealed class StreamizMetricNamesTests
{
    [Theory]
    [InlineData("stream-thread-metrics", "commit-latency-avg", "streamiz.thread.commit_latency_avg")]
    [InlineData("stream-task-metrics", "process-rate", "streamiz.task.process_rate")]
    [InlineData("stream-processor-node-metrics", "process-total", "streamiz.processor_node.process_total")]
    [InlineData("stream-state-metrics", "put-latency-max", "streamiz.state.put_latency_max")]
    [InlineData("stream-metrics", "stream_threads", "streamiz.client.stream_threads")]
    [InlineData("stream-librdkafka-consumer-metrics", "Consumer Lag", "streamiz.librdkafka_consumer.consumer_lag")]
    [InlineData("custom", "x", "streamiz.custom.x")]
    public void Instrument_StreamizGroupAndName_IsLowerCaseDottedOpenTelemetryName(string group, string name, string expected) =>
        Assert.Equal(expected, StreamizMetricNames.Instrument(group, name));

    [Theory]
    [InlineData("commit-latency-avg", "ms")]
    [InlineData("thread-start-time", "ms")]
    [InlineData("process-rate", "{operation}/s")]
    [InlineData("dropped-records-rate", "{record}/s")]
    [InlineData("commit-total", "{operation}")]
    [InlineData("dropped-records-total", "{record}")]
    [InlineData("poll-records-avg", "{record}")]
    [InlineData("blocked-time-ratio", "1")]
    [InlineData("bytes-consumed-total", "By")]
    public void Unit_KafkaStreamsSuffix_IsItsUcumUnit(string name, string expected) =>
        Assert.Equal(expected, StreamizMetricNames.Unit(name));

    [Fact]
    public void Unit_UnknownName_IsNull() => Assert.Null(StreamizMetricNames.Unit("stream_threads"));
}
