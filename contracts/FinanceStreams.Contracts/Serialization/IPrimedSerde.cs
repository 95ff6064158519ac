using StreamKit.Serialization;

namespace FinanceStreams.Contracts.Serialization;

/// <summary>
/// A serde whose first record costs one-time work (parsing schemas, finding generated types, registering or looking up
/// a schema id) that it can do ahead, e.g. while a stream joins its consumer group, instead of on the stream thread.
/// </summary>
public interface IPrimedSerde
{
    /// <summary>Does the one-time work for records of <paramref name="context"/>; safe to call again.</summary>
    void Prime(SerdeContext context);
}
