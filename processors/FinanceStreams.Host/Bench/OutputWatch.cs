using System.Collections.Concurrent;
using Confluent.Kafka;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Streaming.Settings;

namespace FinanceStreams.Host.Bench;

/// <summary>
/// Reads output topics from their end, as a BI consumer would (read_committed): when the last record
/// arrived, and for records whose timestamp (event time) is at or after <c>since</c>, the latency
/// from event time to arrival, per topic. The bench runs on the local broker, which answers a waiting fetch only when
/// the wait ends: the watch waits as little as the pipeline does there (<see cref="StreamsSettings.OnLocalBroker"/>), so that it
/// sees a record when it is written rather than up to librdkafka's default 500 ms later.
/// </summary>
internal sealed class OutputWatch : IAsyncDisposable
{
    private readonly IConsumer<byte[]?, byte[]?> _consumer;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, List<double>> _samples = new(StringComparer.Ordinal);
    private readonly long _sinceMs;
    private readonly Task _reading;
    private long _records;
    private long _lastArrivalMs;

    public OutputWatch(string bootstrapServers, IReadOnlyCollection<string> topics, DateTimeOffset since)
    {
        _sinceMs = since.ToUnixTimeMilliseconds();
        _consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = $"bench-watch-{Guid.NewGuid():N}",
            IsolationLevel = IsolationLevel.ReadCommitted,
            EnableAutoCommit = false,
            FetchWaitMaxMs = StreamsSettings.LocalBrokerFetchWaitMaxMs,
        }).SetLogHandler((_, _) => { }).Build();
        _consumer.Assign(topics.SelectMany(t => Enumerable.Range(0, Topics.Partitions).Select(p => new TopicPartitionOffset(t, p, Offset.End))));
        foreach (var topic in topics)
        {
            _samples[topic] = [];
        }

        _reading = Task.Run(Read, CancellationToken.None);
    }

    /// <summary>Records read so far.</summary>
    public long Records => Interlocked.Read(ref _records);

    /// <summary>When the last record arrived, or null before the first.</summary>
    public DateTimeOffset? LastArrival => Interlocked.Read(ref _lastArrivalMs) is var ms and > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    /// <summary>True once every topic has shown a record of the latency window.</summary>
    public bool EveryTopicSeen => _samples.Values.All(s => { lock (s) { return s.Count > 0; } });

    /// <summary>Stops reading; latency percentiles per topic.</summary>
    public async Task<IReadOnlyDictionary<string, LatencyFigures>> LatenciesAsync()
    {
        await StopAsync().ConfigureAwait(false);
        return _samples.ToDictionary(s => s.Key, s => LatencyFigures.Of(s.Value), StringComparer.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _consumer.Dispose();
        _stop.Dispose();
    }

    private async Task StopAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _reading.ConfigureAwait(false);
            _consumer.Close();
        }
    }

    private void Read()
    {
        while (!_stop.IsCancellationRequested)
        {
            if (_consumer.Consume(TimeSpan.FromMilliseconds(100)) is not { } record)
            {
                continue;
            }

            var now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
            Interlocked.Increment(ref _records);
            Interlocked.Exchange(ref _lastArrivalMs, now);
            if (record.Message.Timestamp.UnixTimestampMs >= _sinceMs)
            {
                var samples = _samples[record.Topic];
                lock (samples)
                {
                    samples.Add(now - record.Message.Timestamp.UnixTimestampMs);
                }
            }
        }
    }
}
