namespace FinanceStreams.Contracts.Serialization;

/// <summary>
/// Turns values of <typeparamref name="T"/> into bytes and back. A <c>null</c> value is always
/// <c>null</c> bytes (a tombstone) and back, so serdes never see <c>null</c>.
/// Implementations are thread-safe and throw <see cref="SerdeException"/> for bytes they cannot read.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public interface ISerde<T>
{
    /// <summary>Writes a non-null value.</summary>
    byte[] Serialize(T value, SerdeContext context);

    /// <summary>Reads non-null bytes.</summary>
    T Deserialize(ReadOnlySpan<byte> data, SerdeContext context);
}
