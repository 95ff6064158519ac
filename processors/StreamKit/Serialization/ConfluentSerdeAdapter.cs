using Confluent.Kafka;

namespace StreamKit.Serialization;

/// <summary>Adapts a pair of Confluent.Kafka synchronous serializers to <see cref="ISerde{T}"/>.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class ConfluentSerdeAdapter<T> : ISerde<T>
{
    private readonly ISerializer<T> _serializer;
    private readonly IDeserializer<T> _deserializer;

    public ConfluentSerdeAdapter(ISerializer<T> serializer, IDeserializer<T> deserializer)
    {
        _serializer = serializer;
        _deserializer = deserializer;
    }

    public byte[] Serialize(T value, SerdeContext context)
    {
        try
        {
            return _serializer.Serialize(value, ToConfluent(context))
                ?? throw SerdeErrors.CannotWrite(context, typeof(T).Name, "the serializer returned null.");
        }
        catch (Exception e) when (e is not SerdeException and not OutOfMemoryException)
        {
            throw SerdeErrors.CannotWrite(context, typeof(T).Name, e.Message, e);
        }
    }

    public T Deserialize(ReadOnlySpan<byte> data, SerdeContext context)
    {
        try
        {
            return _deserializer.Deserialize(data, isNull: false, ToConfluent(context));
        }
        catch (Exception e) when (e is not SerdeException and not OutOfMemoryException)
        {
            throw SerdeErrors.CannotRead(context, typeof(T).Name, e.Message, e);
        }
    }

    private static SerializationContext ToConfluent(SerdeContext context) =>
        new(context.IsKey ? MessageComponentType.Key : MessageComponentType.Value, context.Topic, context.Headers);
}
