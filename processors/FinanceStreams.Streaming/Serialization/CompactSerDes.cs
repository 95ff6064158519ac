using Confluent.Kafka;
using MessagePack;
using MessagePack.Resolvers;
using Streamiz.Kafka.Net.SerDes;

namespace FinanceStreams.Streaming.Serialization;

/// <summary>
/// The value format of internal topics and stores: MessagePack, the schema being the type's
/// <c>[MessagePackObject]</c> with numbered <c>[Key(n)]</c> members (add members with new numbers;
/// never renumber). Compact and exact: decimals keep every digit. Null stays null (a tombstone).
/// </summary>
/// <typeparam name="T">A <c>[MessagePackObject]</c> type.</typeparam>
public sealed class CompactSerDes<T> : AbstractSerDes<T>
    where T : class
{
    private static readonly MessagePackSerializerOptions _options = MessagePackSerializerOptions.Standard
        .WithResolver(StandardResolver.Instance)
        .WithSecurity(MessagePackSecurity.UntrustedData);

    /// <summary>The one instance (stateless).</summary>
    public static CompactSerDes<T> Instance { get; } = new();

    /// <inheritdoc/>
    public override byte[] Serialize(T data, SerializationContext context) =>
        data is null ? null! : MessagePackSerializer.Serialize(data, _options);

    /// <inheritdoc/>
    public override T Deserialize(byte[] data, SerializationContext context) =>
        data is null ? null! : MessagePackSerializer.Deserialize<T>(data, _options);
}
