using Confluent.Kafka;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Host.Cli;
using FinanceStreams.Host.Topologies;
using FinanceStreams.Streaming.Clients;
using FinanceStreams.Streaming.DeadLetters;
using FinanceStreams.Streaming.Metrics;
using FinanceStreams.Streaming.Provisioning;
using FinanceStreams.Streaming.Settings;
using FinanceStreams.Topologies.Dataflow;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Stream;

namespace FinanceStreams.Host.Streams;

/// <summary>
/// One Streamiz topology of the pipeline, running: its internal topics created first (through the
/// local broker's control endpoint or the Admin API), its compact formats built and its topics' serdes primed while it
/// joins its group,
/// unreadable records dead-lettered, Streamiz's own log at warning level, and a failed stream reported
/// through <see cref="Failure"/>.
/// </summary>
internal sealed class StreamizPipeline : IDisposable
{
    private readonly PipelineTopology _topology;
    private readonly ClusterConnection _connection;
    private readonly StreamsSettings _settings;
    private readonly DeadLetterWriter _deadLetters;
    /// <summary>
    /// One log for every pipeline of the process, never disposed: Streamiz keeps the factory of the last stream it created
    /// in a static field and creates its loggers from it, so a pipeline built after another one was disposed would fail.
    /// </summary>
    private static readonly ILoggerFactory Logs = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevelSetting()).AddSimpleConsole(o => (o.SingleLine, o.TimestampFormat, o.UseUtcTimestamp) = (true, "HH:mm:ss.fff ", true)));
    private readonly Streamiz.Kafka.Net.Stream.Topology _built;
    private readonly IReadOnlyList<TopicSpec> _internals;
    private readonly StreamizMetricsBridge _metrics = new();
    private readonly ContractSerdes _serdes;
    private readonly IReadOnlyList<string> _sinkTopics;
    private KafkaStream? _stream;
    private ConsumerLagMonitor? _lag;

    /// <summary>What the log says (after the topology's name in brackets) each time every task of the instance runs again: group joined, tasks assigned and restored.</summary>
    public const string RunningMarker = "running: tasks assigned and restored";

    public StreamizPipeline(PipelineTopology topology, ClusterConnection connection, ContractSerdes serdes, StreamsSettings settings)
    {
        _topology = topology;
        _connection = connection;
        _settings = settings;
        _serdes = serdes;
        _deadLetters = DeadLetterWriter.Create(connection.BootstrapServers, topology.ApplicationId);
        _built = topology.BuildStreamiz(serdes);
        _internals = InternalTopics.Of(_built, settings.ApplicationId, Topics.Partitions);
        var nodes = _built.Describe().SubTopologies.SelectMany(s => s.Nodes).ToList();
        bool External(string topic) => topic is not null && _internals.All(i => i.Name != $"{settings.ApplicationId}-{topic}");
        SourceTopics = [.. nodes.OfType<ISourceNodeDescription>().SelectMany(n => n.Topics).Where(External).Distinct()];
        _sinkTopics = [.. nodes.OfType<ISinkNodeDescription>().Select(n => n.Topic).Where(External).Distinct()];
    }

    /// <summary>The application id (consumer group) the topology runs as.</summary>
    public string ApplicationId => _settings.ApplicationId;

    /// <summary>The stream threads the topology runs on in this instance.</summary>
    public int StreamThreads => _settings.NumStreamThreads;

    /// <summary>The topics the topology reads that are not its own internal topics.</summary>
    public IReadOnlyList<string> SourceTopics { get; }

    /// <summary>The changelog topics of its state stores.</summary>
    public IReadOnlyList<string> ChangelogTopics => [.. _internals.Where(t => t.Name.EndsWith(InternalTopics.ChangelogSuffix, StringComparison.Ordinal)).Select(t => t.Name)];

    /// <summary>Every topic the topology consumes: its sources and its repartition topics.</summary>
    public IReadOnlyList<string> ConsumedTopics => [.. SourceTopics, .. _internals.Where(t => !t.Name.EndsWith(InternalTopics.ChangelogSuffix, StringComparison.Ordinal)).Select(t => t.Name)];

    /// <summary>When the stream first reached RUNNING (group joined, tasks assigned and restored), or null.</summary>
    public DateTimeOffset? RunningSince { get; private set; }

    public KafkaStream Stream => _stream ?? throw new InvalidOperationException("The topology has not started.");

    public Exception? Failure { get; private set; }

    public bool IsReady => _stream is not null && Failure is null && _state == KafkaStream.State.RUNNING;

    private KafkaStream.State _state = KafkaStream.State.CREATED;

    public async Task StartAsync(CancellationToken cancel)
    {
        using (var admin = _connection.CreateTopicAdmin())
        {
            var existing = await admin.GetPartitionCountsAsync(SourceTopics, cancel).ConfigureAwait(false);
            var missing = SourceTopics.Where(t => !existing.ContainsKey(t)).ToList();
            if (missing.Count > 0)
            {
                throw new PreflightException($"Application '{ApplicationId}' reads topics that do not exist: {string.Join(", ", missing)}. Create them first.");
            }

            await admin.EnsureTopicsAsync(_internals, cancel).ConfigureAwait(false);
            var consumed = existing.Concat(_internals.Where(t => !t.Name.EndsWith(InternalTopics.ChangelogSuffix, StringComparison.Ordinal)).Select(t => KeyValuePair.Create(t.Name, t.Partitions)));
            _lag = new ConsumerLagMonitor(_connection.BootstrapServers, ApplicationId, [.. consumed.SelectMany(t => Enumerable.Range(0, t.Value).Select(p => new TopicPartition(t.Key, p)))],
                lost => Console.Error.WriteLine($"{TimeProvider.System.GetUtcNow():HH:mm:ss.fff} [{_topology.Name}] error: data lost: {lost}"));
        }

        var config = _settings.ToStreamConfig();
        config.Logger = Logs;
        _metrics.InstallOn(config);
        config.DeserializationExceptionHandler = _deadLetters.DeserializationHandler(_built.Describe());
        config.InnerExceptionHandler = error =>
        {
            var response = ThreadErrorPolicy.Respond(error);
            if (response == ExceptionHandlerResponse.FAIL)
            {
                Failure = error;
            }

            return response;
        };
        var priming = Task.Run(TopologyFormats.Prime, cancel);
        _ = SerdePriming.Start([.. SourceTopics, .. _sinkTopics], _serdes, Logs.CreateLogger("finance-streams.priming"));
        _stream = new KafkaStream(_built, config, new GuardedKafkaSupplier(config));
        _stream.StateChanged += (_, now) =>
        {
            _state = now;
            if (now == KafkaStream.State.RUNNING)
            {
                RunningSince ??= TimeProvider.System.GetUtcNow();
                Console.WriteLine($"{TimeProvider.System.GetUtcNow():HH:mm:ss.fff} [{_topology.Name}] {RunningMarker}");
            }

            if (now == KafkaStream.State.ERROR)
            {
                Failure ??= new InvalidOperationException($"The {_topology.Name} topology stopped with an error.");
            }
        };
        await _stream.StartAsync().ConfigureAwait(false);
        await priming.ConfigureAwait(false);
    }

    /// <summary>Streamiz's own log level: <c>Pipeline:StreamizLogLevel</c> (e.g. Information to follow rebalances), Warning by default.</summary>
    private static LogLevel LogLevelSetting() =>
        Enum.TryParse<LogLevel>(HostSettings.Configuration["Pipeline:StreamizLogLevel"], ignoreCase: true, out var level) ? level : LogLevel.Warning;

    public void Dispose()
    {
        _lag?.Dispose();
        _stream?.Dispose();
        _deadLetters.Dispose();
        _metrics.Dispose();
    }
}
