namespace FinanceStreams.Streaming.DeadLetters;

/// <summary>
/// The headers a dead letter carries beside the original ones. <see cref="DeadLetterReplayer"/> routes a dead letter
/// back by <see cref="SourceTopic"/> and <see cref="SourcePartition"/> and strips every header starting with
/// <see cref="Prefix"/>.
/// </summary>
public static class DeadLetterHeaders
{
    /// <summary>Prefix of every header a dead letter adds.</summary>
    public const string Prefix = "dlq.";

    /// <summary>Full type name of the exception.</summary>
    public const string ErrorClass = Prefix + "error.class";

    /// <summary>The exception's message.</summary>
    public const string ErrorMessage = Prefix + "error.message";

    /// <summary>Topic the record was read from.</summary>
    public const string SourceTopic = Prefix + "source.topic";

    /// <summary>Partition it was read from (invariant decimal).</summary>
    public const string SourcePartition = Prefix + "source.partition";

    /// <summary>Its offset there (invariant decimal).</summary>
    public const string SourceOffset = Prefix + "source.offset";

    /// <summary>The processor that refused it; <see cref="DeserializationProcessor"/> when no node is known.</summary>
    public const string Processor = Prefix + "processor";

    /// <summary>The topology (its application id) that refused it.</summary>
    public const string Topology = Prefix + "topology";

    /// <summary>The processor named for a record that could not be read and whose source node is not known.</summary>
    public const string DeserializationProcessor = "(deserialization)";
}
