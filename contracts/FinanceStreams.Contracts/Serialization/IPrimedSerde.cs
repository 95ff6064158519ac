namespace FinanceStreams.Contracts.Serialization;

/// <summary>
/// A serde whose first record costs one-time work (parsing schemas, finding generated types, registering or looking up
/// a schema id) that it can do ahead, e.g. while a stream joins its consumer group, instead of on the stream thread.
/// </summary>
public interface IPrimedSerde
{
    /// <summary>Does the one-time work for the keys (<paramref name="isKey"/>) or values of <paramref name="topic"/>; safe to call again.</summary>
    void Prime(string topic, bool isKey);
}
