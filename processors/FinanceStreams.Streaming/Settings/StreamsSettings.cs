using Confluent.Kafka;
using FinanceStreams.Contracts.Catalog;
using Streamiz.Kafka.Net;

namespace FinanceStreams.Streaming.Settings;

/// <summary>
/// The one place for the Streamiz settings this project depends on (docs/runtime.md, "settings that
/// matter"), with the measured defaults. Override with <c>with { ... }</c> or
/// <see cref="WithOverrides"/>; turn into a Streamiz configuration with <see cref="ToStreamConfig"/>.
/// </summary>
public sealed partial record StreamsSettings
{
    private StreamsSettings(string applicationId, string bootstrapServers)
    {
        ApplicationId = applicationId;
        BootstrapServers = bootstrapServers;
    }

    /// <summary>Application id: consumer group, client-id prefix and internal-topic prefix.</summary>
    public string ApplicationId { get; init; }

    /// <summary>Kafka bootstrap address.</summary>
    public string BootstrapServers { get; init; }

    /// <summary>
    /// Offset commit interval. <see langword="null"/> (the default) means 1,000 ms under at-least-once,
    /// where Streamiz's own 30 s would replay half a minute after a crash, and Streamiz's 100 ms under
    /// exactly-once, which bounds how long a transaction stays open; see <see cref="EffectiveCommitIntervalMs"/>.
    /// </summary>
    public long? CommitIntervalMs { get; init; }

    /// <summary>Consumer session timeout: 6,000 ms brings a restarted instance back in seconds (45 s default: ~42 s).</summary>
    public int SessionTimeoutMs { get; init; } = 6_000;

    /// <summary>Consumer heartbeat interval, well under <see cref="SessionTimeoutMs"/>.</summary>
    public int HeartbeatIntervalMs { get; init; } = 1_000;

    /// <summary>Records per restore poll: 10,000 restored ~73k records/s where Streamiz's 1,000 did ~9.5k.</summary>
    public long MaxPollRestoringRecords { get; init; } = 10_000;

    /// <summary>Producer partitioner: Java-compatible murmur2, so repartitioned data lines up with Debezium's topics.</summary>
    public Partitioner Partitioner { get; init; } = Partitioner.Murmur2Random;

    /// <summary>Producer compression: zstd keeps the local broker's 5 MiB partitions from dropping data (lz4 did not).</summary>
    public CompressionType Compression { get; init; } = CompressionType.Zstd;

    /// <summary>
    /// How long a task waits for an empty input partition before processing the others (Streamiz's default 0). Streamiz
    /// waits whenever an input has nothing buffered, also when that input has nothing to read (Kafka Streams waits only
    /// for inputs with lag), so a task reading a rarely written topic (cost centers, FX rates) waited at every batch:
    /// 20 ms cost ~20 ms per hop. `finance-streams bench`, 2026-12-04: p99 to finance.budget-consumption of the budget
    /// topology alone 654 ms at 4,301 events/s with 0, 809-889 ms at 4,052-4,694 with 20. Stages that must see their
    /// inputs in event-time order reorder them themselves (the bucket stage's settle).
    /// </summary>
    public long MaxTaskIdleMs { get; init; }

    /// <summary>
    /// How long a stream thread's poll collects records before it processes them (Streamiz's <c>PollMs</c>, 100 ms by
    /// default). Streamiz waits out the whole time unless <see cref="MaxPollRecords"/> arrive first, so in a topology of
    /// several repartition hops each hop cost up to that long per batch. 10 ms (`bench --budget-only`, 2026-12-02): p50/p99
    /// latency to finance.budget-consumption 1,333/1,713 ms → 664/919 ms (with <see cref="MaxTaskIdleMs"/> 20), and
    /// 1,770 → 1,980 input events/s. 5 ms (`bench --budget-only`, 2026-12-04, 2 alternating runs each): p50 426 / 441 ms
    /// against 501 / 496 with 10, at 4,171-4,903 against 4,018-5,838 events/s offered (p99 within the noise of the load).
    /// </summary>
    public long PollMs { get; init; } = 5;

    /// <summary>Records a stream thread's poll collects at most before processing them (Streamiz's 500 by default).</summary>
    public long MaxPollRecords { get; init; } = 500;

    /// <summary>
    /// How long a fetch may wait on the broker for data (librdkafka's fetch.wait.max.ms, 500 ms by default).
    /// Each repartition hop can cost that long where the broker answers a waiting fetch only when the wait
    /// ends, as the local broker (librdkafka's mock cluster) does; a real broker answers as soon as data arrives.
    /// </summary>
    public int FetchWaitMaxMs { get; init; } = 500;

    /// <summary>
    /// How long a producer waits to fill a record batch (librdkafka's linger.ms, 5 ms by default;
    /// <see cref="LocalBrokerLingerMs"/> on the local broker, where every batch costs much more than its records).
    /// </summary>
    public int LingerMs { get; init; } = 5;

    /// <summary>
    /// The fields librdkafka copies into each delivery report (its <c>delivery.report.fields</c>, all of them by default).
    /// Streamiz reads a report's status and error, and its headers to find a record it retries; not copying every record's
    /// key and value back: 57 vs 58 KiB allocated per input event in `bench --budget-only` (2 alternating runs each;
    /// throughput within the noise, 3 runs each).
    /// </summary>
    public string DeliveryReportFields { get; init; } = "status,headers";

    /// <summary>Idempotent producer: keeps each partition's writes in order and without duplicates across retries.</summary>
    public bool EnableIdempotence { get; init; } = true;

    /// <summary>Processing guarantee: at-least-once locally (the local broker cannot do transactions), exactly-once allowed.</summary>
    public ProcessingGuarantee Guarantee { get; init; } = ProcessingGuarantee.AT_LEAST_ONCE;

    /// <summary>Directory of the local state stores; unique per instance on a shared file system.</summary>
    public string StateDir { get; init; } = Path.Combine(Path.GetTempPath(), "finance-streams", "state");

    /// <summary>
    /// Stream threads per instance: 1, as in Kafka Streams. Several instances share the partitions only while instances ×
    /// threads ≤ partitions (Streamiz assigns with the range assignor: two instances of 3 threads over 3 partitions can
    /// leave one of them without any); a lone instance does best with one per partition (<see cref="Topics.Partitions"/>,
    /// `bench --budget-only`: see the README's Limits).
    /// </summary>
    public int NumStreamThreads { get; init; } = 1;

    /// <summary>Where a new consumer group starts: from the beginning, so no input is skipped.</summary>
    public AutoOffsetReset AutoOffsetReset { get; init; } = AutoOffsetReset.Earliest;

    /// <summary>The commit interval actually applied: <see cref="CommitIntervalMs"/> or the guarantee's default.</summary>
    public long EffectiveCommitIntervalMs =>
        CommitIntervalMs ?? (Guarantee == ProcessingGuarantee.EXACTLY_ONCE ? 100 : 1_000);

    /// <summary>The longest fetch wait of a consumer of the local broker (librdkafka's mock cluster), which answers a fetch only when its wait ends.</summary>
    public const int LocalBrokerFetchWaitMaxMs = 10;

    /// <summary>
    /// The producers' linger on the local broker (librdkafka's mock cluster). It costs per record batch, not per record:
    /// it finds a fetch's batch by a linear search of the partition's batches and answers a fetch with one batch per
    /// partition, and each batch is compressed and decompressed with a fresh zstd context; a stream thread's records,
    /// spread over every partition of its output topics, made batches of one or two records at 5 ms. Whole pipeline in
    /// `finance-streams bench` (a stream thread per topology), 2026-12-04: 20 ms 5,213 / 6,078 / 6,423 events/s (270-328
    /// µs of processor time per input event), 5 ms 3,419 / 3,695 / 3,637 (430-484 µs), 10 ms 5,671.
    /// </summary>
    public const int LocalBrokerLingerMs = 20;

    /// <summary>
    /// These settings adjusted for the local broker: <see cref="FetchWaitMaxMs"/> <see cref="LocalBrokerFetchWaitMaxMs"/>
    /// instead of 500 (make bench: p50 latency to finance.budget-consumption 2.3 s → 0.7 s at the same load), and
    /// <see cref="LingerMs"/> <see cref="LocalBrokerLingerMs"/>.
    /// </summary>
    public StreamsSettings OnLocalBroker() => this with { FetchWaitMaxMs = LocalBrokerFetchWaitMaxMs, LingerMs = LocalBrokerLingerMs };

    /// <summary>The defaults for an application on a cluster.</summary>
    public static StreamsSettings Defaults(string applicationId, string bootstrapServers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(applicationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(bootstrapServers);
        return new StreamsSettings(applicationId, bootstrapServers);
    }
}
