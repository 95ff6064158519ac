using System.Diagnostics;
using Confluent.Kafka;
using finance.budget;
using finance.erp;
using finance.matching;
using finance.posting;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.IntegrationTests.Infrastructure;

/// <summary>A posting command as read from the topic, with the value's bytes to compare copies.</summary>
internal sealed record CommandRecord(PostingCommand Command, byte[] Value);

/// <summary>
/// What a BI consumer of the result topics sees, read from the beginning with <c>read_committed</c>: the latest
/// consumption per bucket, the latest status per invoice, and every posting command record as written.
/// </summary>
internal sealed class PipelineOutputs : IDisposable
{
    private readonly BoundTopic<BudgetBucketKey, BudgetConsumption> _buckets;
    private readonly BoundTopic<SupplierInvoiceKey, InvoiceStatus> _statuses;
    private readonly BoundTopic<PostingCommandKey, PostingCommand> _commands;
    private readonly IConsumer<byte[], byte[]?> _consumer;

    /// <summary>Reads <paramref name="topics"/> (default: all three result topics; a shared cluster may hold another registry's records on the others).</summary>
    public PipelineOutputs(string bootstrapServers, ContractSerdes serdes, params string[] topics)
    {
        (_buckets, _statuses, _commands) = (Topics.BudgetConsumption.Bind(serdes), Topics.InvoiceStatus.Bind(serdes), Topics.PostingCommands.Bind(serdes));
        _consumer = new ConsumerBuilder<byte[], byte[]?>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = $"outputs-check-{Guid.NewGuid():N}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            IsolationLevel = IsolationLevel.ReadCommitted,
        }).SetLogHandler((_, _) => { }).Build();
        _consumer.Subscribe(topics.Length > 0 ? topics : [_buckets.Name, _statuses.Name, _commands.Name]);
    }

    /// <summary>Latest consumption per bucket (cost center|year|period); a tombstone removes the bucket.</summary>
    public Dictionary<string, BudgetConsumption> Buckets { get; } = new(StringComparer.Ordinal);

    /// <summary>Latest status per invoice id.</summary>
    public Dictionary<string, InvoiceStatus> Statuses { get; } = new(StringComparer.Ordinal);

    /// <summary>Every command record, in the order read.</summary>
    public List<CommandRecord> Commands { get; } = [];

    /// <summary>
    /// Reads until <paramref name="check"/> finds nothing wrong (returns null) or <paramref name="timeout"/> passes;
    /// returns the last finding. <paramref name="progress"/> hears the current finding about every 20 seconds;
    /// a finding from <paramref name="final"/> (something waiting cannot mend) ends the wait at once.
    /// </summary>
    public async Task<string?> AwaitAsync(Func<PipelineOutputs, string?> check, TimeSpan timeout, Action<string>? progress = null, Func<string?>? final = null)
    {
        var clock = Stopwatch.StartNew();
        var reported = TimeSpan.Zero;
        string? failure = "nothing read";
        while (clock.Elapsed < timeout && failure is not null)
        {
            if (final?.Invoke() is { } fatal)
            {
                return fatal;
            }

            var drained = Drain();
            failure = check(this);
            if (failure is not null && clock.Elapsed - reported > TimeSpan.FromSeconds(20))
            {
                reported = clock.Elapsed;
                var line = failure.ReplaceLineEndings(" ");
                progress?.Invoke($"after {clock.Elapsed.TotalSeconds:N0} s still: {(line.Length > 300 ? line[..300] + " ..." : line)}");
            }

            if (failure is not null && !drained)
            {
                await Task.Delay(500).ConfigureAwait(false);
            }
        }

        return failure;
    }

    /// <summary>
    /// Reads on in the background until <paramref name="stop"/> is cancelled (then call <see cref="AwaitAsync"/>). A reader
    /// that starts at the end may miss keys on the local broker, which keeps only the last 5 MiB of a partition.
    /// </summary>
    public Task FollowAsync(CancellationToken stop) => Task.Run(
        async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (!Drain())
                {
                    await Task.Delay(500, CancellationToken.None).ConfigureAwait(false);
                }
            }
        },
        CancellationToken.None);

    public void Dispose()
    {
        _consumer.Close();
        _consumer.Dispose();
    }

    private bool Drain()
    {
        var any = false;
        while (_consumer.Consume(TimeSpan.FromMilliseconds(300)) is { } r)
        {
            any = true;
            Apply(r);
        }

        return any;
    }

    private void Apply(ConsumeResult<byte[], byte[]?> r)
    {
        var value = r.Message.Value;
        if (r.Topic == _buckets.Name)
        {
            var key = _buckets.KeySerde.Deserialize(r.Message.Key, SerdeContext.Key(r.Topic));
            var bucket = Topologies.Budget.Buckets.Key(key.cost_center, key.fiscal_year, key.fiscal_period);
            if (value is null)
            {
                Buckets.Remove(bucket);
            }
            else
            {
                Buckets[bucket] = _buckets.ValueSerde.Deserialize(value, SerdeContext.Value(r.Topic));
            }
        }
        else if (r.Topic == _statuses.Name && value is not null)
        {
            var status = _statuses.ValueSerde.Deserialize(value, SerdeContext.Value(r.Topic));
            Statuses[status.invoice_id] = status;
        }
        else if (r.Topic == _commands.Name && value is not null)
        {
            Commands.Add(new CommandRecord(_commands.ValueSerde.Deserialize(value, SerdeContext.Value(r.Topic)), value));
        }
    }
}
