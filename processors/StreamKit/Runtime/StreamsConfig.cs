using StreamKit.Admin;

namespace StreamKit.Runtime;

/// <summary>
/// Settings of a streams application, given once and copied down to the clients it creates.
/// Validated on construction, so a bad setting fails at start with its name in the message.
/// </summary>
public sealed record StreamsConfig
{
    /// <summary>Creates and validates the settings.</summary>
    public StreamsConfig(string applicationId, string bootstrapServers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(applicationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(bootstrapServers);
        if (applicationId.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')))
        {
            throw new ArgumentException($"application id '{applicationId}' may hold only ASCII letters, digits, '.', '_' and '-' (it prefixes topic names).", nameof(applicationId));
        }

        ApplicationId = applicationId;
        BootstrapServers = bootstrapServers;
    }

    /// <summary>Names the consumer group and prefixes internal topics.</summary>
    public string ApplicationId { get; }

    /// <summary>Kafka bootstrap servers.</summary>
    public string BootstrapServers { get; }

    /// <summary>The local development broker's control endpoint, when running against it.</summary>
    public Uri? DevBrokerControlUrl { get; init; }

    /// <summary>At-least-once (default) or exactly-once v2.</summary>
    public ProcessingGuarantee Guarantee { get; init; } = ProcessingGuarantee.AtLeastOnce;

    /// <summary>Stream threads in this instance.</summary>
    public int StreamThreads { get; init; } = 1;

    /// <summary>How often tasks commit.</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Root directory of persistent stores.</summary>
    public string StateDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "streamkit");

    /// <summary>Identifies this instance among the application's instances (transactional ids, logs).</summary>
    public string InstanceId { get; init; } = Guid.NewGuid().ToString("N")[..8];

    /// <summary>Clock for wall-clock punctuation and latency metrics.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>What to do with records that cannot be read or processed (default: fail).</summary>
    public Errors.RecordErrorHandling RecordErrors { get; init; } = Errors.RecordErrorHandling.FailFast;

    /// <summary>
    /// How long a stream thread keeps starting over after retriable errors (brokers unreachable, a record not
    /// acknowledged) before it gives up and fails, counted from the first error after its last commit
    /// (default 5 minutes, as Kafka Streams' <c>task.timeout.ms</c>). A restart closes the thread's tasks
    /// without committing and restores them from their checkpoints; restarts wait 1, 2, 4 ... up to 30 seconds.
    /// </summary>
    public TimeSpan RetryTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>What to do with records that cannot be produced (default: fail).</summary>
    public Errors.IProductionErrorHandler ProductionErrors { get; init; } = Errors.ProductionErrorHandlers.Fail;

    /// <summary>Extra librdkafka settings applied to every client (for example security settings).</summary>
    public IReadOnlyDictionary<string, string> ClientSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>The topic admin for this cluster.</summary>
    internal ITopicAdmin CreateTopicAdmin() => TopicAdmins.Create(BootstrapServers, DevBrokerControlUrl);

    /// <summary>Checks the settings that are not checked on assignment.</summary>
    public StreamsConfig Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(StreamThreads, 1, nameof(StreamThreads));
        ArgumentOutOfRangeException.ThrowIfLessThan(CommitInterval, TimeSpan.FromMilliseconds(1), nameof(CommitInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryTimeout, TimeSpan.Zero, nameof(RetryTimeout));
        return this;
    }
}
