using Confluent.Kafka;
using MessagePack;
using MessagePack.Resolvers;
using Streamiz.Kafka.Net.SerDes;

namespace FinanceStreams.Streaming.Serialization;

/// <summary>
/// The value format of internal topics and stores: MessagePack, the schema being the type's
/// <c>[MessagePackObject]</c> with numbered <c>[Key(n)]</c> members (add members with new numbers;
/// never renumber). Compact and exact: decimals keep every digit. Null stays null (a tombstone).
/// As a topic's serde it reads each consumed buffer once (<see cref="ReadMemo{T}"/>); stores use <see cref="Read"/>
/// and <see cref="Write"/>.
/// </summary>
/// <typeparam name="T">A <c>[MessagePackObject]</c> type.</typeparam>
public sealed class CompactSerDes<T> : AbstractSerDes<T>
    where T : class
{
    private static readonly MessagePackSerializerOptions _options = MessagePackSerializerOptions.Standard
        .WithResolver(StandardResolver.Instance)
        .WithSecurity(MessagePackSecurity.UntrustedData);

    private readonly ReadMemo<T> _memo = new();

    /// <summary>An instance for tests and tools.</summary>
    public static CompactSerDes<T> Instance { get; } = new();

    /// <summary><paramref name="value"/> in the compact format.</summary>
    public static byte[] Write(T value) => MessagePackSerializer.Serialize(value, _options);

    /// <summary>The value in <paramref name="data"/>, a fresh instance at every call.</summary>
    public static T Read(byte[] data) => MessagePackSerializer.Deserialize<T>(data, _options);

    /// <inheritdoc/>
    public override byte[] Serialize(T data, SerializationContext context) =>
        data is null ? null! : Write(data);

    /// <inheritdoc/>
    public override T Deserialize(byte[] data, SerializationContext context) =>
        data is null ? null! : _memo.Read(data, Read);
}
