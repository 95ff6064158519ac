using Confluent.Kafka;

namespace FinanceStreams.Contracts.Serialization;

/// <summary>What a serde may need to know about the bytes it handles.</summary>
/// <param name="Topic">The topic the bytes are written to or read from.</param>
/// <param name="IsKey">True for the record key, false for the value.</param>
/// <param name="Headers">The record's headers, when there are any.</param>
public readonly record struct SerdeContext(string Topic, bool IsKey, Headers? Headers = null)
{
    /// <summary>Context for a record key on <paramref name="topic"/>.</summary>
    public static SerdeContext Key(string topic) => new(topic, true);

    /// <summary>Context for a record value on <paramref name="topic"/>.</summary>
    public static SerdeContext Value(string topic) => new(topic, false);
}
