using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Confluent.Kafka;
using FinanceStreams.Contracts.Catalog;

namespace FinanceStreams.Host.Http.Ownership;

/// <summary>
/// Which instance serves which partition of the bucket store, through a compacted topic every instance
/// reads: an instance announces its HTTP address for each partition it holds (the latest announcement per
/// partition wins, so a partition that moved is taken over by its new owner's announcement).
/// </summary>
public sealed class BucketOwnership : IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, Uri> _owners = new();
    private readonly string _bootstrapServers;
    private readonly string _topic;
    private readonly Uri _self;
    private readonly Func<int, bool> _holds;
    private readonly int _partitions;
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    /// <summary>A directory on <paramref name="topic"/>; this instance answers at <paramref name="self"/> for the partitions <paramref name="holds"/> says it holds.</summary>
    public BucketOwnership(string bootstrapServers, string topic, Uri self, int partitions, Func<int, bool> holds)
    {
        (_bootstrapServers, _topic, _self, _partitions, _holds) = (bootstrapServers, topic, self, partitions, holds);
    }

    /// <summary>The directory topic's spec (one partition, compacted).</summary>
    public static TopicSpec Spec(string topic) => new(topic, 1, CleanupPolicy.Compact);

    /// <summary>The announced owner of <paramref name="partition"/>, or null while none is known.</summary>
    public Uri? OwnerOf(int partition) => _owners.TryGetValue(partition, out var owner) ? owner : null;

    /// <summary>This instance's address.</summary>
    public Uri Self => _self;

    /// <summary>Starts reading and announcing (every second, for partitions whose announced owner is not this instance).</summary>
    public void Start() => _loop = Task.Factory.StartNew(Run, TaskCreationOptions.LongRunning);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private void Run()
    {
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig { BootstrapServers = _bootstrapServers, GroupId = $"bucket-owners-{Guid.NewGuid():N}", EnableAutoCommit = false })
            .SetLogHandler((_, _) => { }).Build();
        using var producer = new ProducerBuilder<byte[]?, byte[]?>(new ProducerConfig { BootstrapServers = _bootstrapServers }).SetLogHandler((_, _) => { }).Build();
        consumer.Assign(new TopicPartitionOffset(_topic, 0, Offset.Beginning));
        var lastAnnounce = DateTimeOffset.MinValue;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { Message: { Key: { } key, Value: { } value } } record
                    && int.TryParse(Encoding.UTF8.GetString(key), NumberStyles.None, CultureInfo.InvariantCulture, out var partition)
                    && Uri.TryCreate(Encoding.UTF8.GetString(value), UriKind.Absolute, out var owner)
                    && BudgetForwarder.IsForwardable(owner, owner.Scheme == Uri.UriSchemeHttps ? Uri.UriSchemeHttps : Uri.UriSchemeHttp))
                {
                    _owners[partition] = owner;
                }

                Announce(producer);
            }
            catch (KafkaException)
            {
                // the broker is away: keep the directory as it is and retry
            }
        }

        producer.Flush(TimeSpan.FromSeconds(2));
    }

    private void Announce(IProducer<byte[]?, byte[]?> producer)
    {
        for (var p = 0; p < _partitions; p++)
        {
            if (_holds(p) && OwnerOf(p) != _self)
            {
                _owners[p] = _self;
                producer.Produce(_topic, new Message<byte[]?, byte[]?> { Key = Encoding.UTF8.GetBytes(p.ToString(CultureInfo.InvariantCulture)), Value = Encoding.UTF8.GetBytes(_self.ToString()) });
            }
        }
    }
}
