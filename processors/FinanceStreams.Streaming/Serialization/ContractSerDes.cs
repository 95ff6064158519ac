using Confluent.Kafka;
using Streamiz.Kafka.Net.SerDes;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Streaming.Serialization;

/// <summary>
/// A serde of the contracts (Confluent Avro through the schema registry, or the Debezium reader)
/// as a Streamiz serde. Null stays null both ways (tombstones). Reads each consumed buffer once (<see cref="ReadMemo{T}"/>).
/// </summary>
/// <typeparam name="T">Key or value type.</typeparam>
public sealed class ContractSerDes<T>(ISerde<T> inner) : AbstractSerDes<T>
{
    private readonly ReadMemo<T> _memo = new();

    /// <inheritdoc/>
    public override byte[] Serialize(T data, SerializationContext context) =>
        data is null ? null! : inner.Serialize(data, Context(context));

    /// <inheritdoc/>
    public override T Deserialize(byte[] data, SerializationContext context) =>
        data is null ? default! : _memo.Read(data, bytes => inner.Deserialize(bytes, Context(context)));

    private static SerdeContext Context(SerializationContext context) =>
        new(context.Topic, context.Component == MessageComponentType.Key, context.Headers);
}
