namespace FinanceStreams.Contracts.Catalog;

/// <summary>How a topic discards old records.</summary>
public enum CleanupPolicy
{
    /// <summary>Records are deleted after the retention period.</summary>
    Delete,

    /// <summary>Only the latest record per key is kept (changelogs, current-state topics).</summary>
    Compact,
}

/// <summary>A topic as the application needs it to exist.</summary>
/// <param name="Name">The topic name.</param>
/// <param name="Partitions">Number of partitions.</param>
/// <param name="CleanupPolicy">Delete or compact.</param>
/// <param name="ReplicationFactor">Replicas; -1 takes the broker's default.</param>
public sealed record TopicSpec(string Name, int Partitions, CleanupPolicy CleanupPolicy = CleanupPolicy.Delete, short ReplicationFactor = -1)
{
    /// <summary>Throws when the spec cannot describe a real topic.</summary>
    public TopicSpec Validate()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 249 || Name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')))
        {
            throw new ArgumentException($"'{Name}' is not a legal Kafka topic name (ASCII letters, digits, '.', '_' and '-', at most 249).", nameof(Name));
        }

        if (Partitions < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Partitions), Partitions, $"Topic '{Name}' needs at least one partition.");
        }

        return this;
    }
}
