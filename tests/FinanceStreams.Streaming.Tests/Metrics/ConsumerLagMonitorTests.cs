using Confluent.Kafka;
using FinanceStreams.Streaming.Metrics;

namespace FinanceStreams.Streaming.Tests.Metrics;

public sealed class ConsumerLagMonitorTests
{
    [Fact]
    public void A_reading_after_dispose_does_nothing()
    {
        // the timer can fire while Dispose runs; a reading that then used the disposed consumer threw ObjectDisposedException
        // on a thread-pool thread, which ended the process (seen in make test when a pipeline stopped)
        var lost = new List<string>();
        var monitor = new ConsumerLagMonitor("127.0.0.1:1", $"lag-test-{Guid.NewGuid():N}", [new TopicPartition("lag.test", 0)], lost.Add);
        monitor.Dispose();

        monitor.Read();

        Assert.Empty(monitor.Lag);
        Assert.Empty(lost);
    }
}
