using Confluent.Kafka;
using StreamKit.Serialization;

namespace StreamKit.Tests.Serialization;

public sealed class ConfluentSerdeAdapterTests
{
    private sealed class RecordingSerializer : ISerializer<string>
    {
        public SerializationContext Seen { get; private set; }

        public byte[] Serialize(string data, SerializationContext context)
        {
            Seen = context;
            return Serializers.Utf8.Serialize(data, context);
        }
    }

    private sealed class FailingDeserializer : IDeserializer<string>
    {
        public string Deserialize(ReadOnlySpan<byte> data, bool isNull, SerializationContext context) =>
            throw new InvalidDataException("unreadable");
    }

    [Fact]
    public void From_ConfluentUtf8_RoundTrips()
    {
        var sut = Serdes.From(Serializers.Utf8, Deserializers.Utf8);
        var context = SerdeContext.Value("t");

        Assert.Equal("héllo", sut.Deserialize(sut.Serialize("héllo", context), context));
    }

    [Fact]
    public void From_ConfluentInt32_IsBigEndianLikeBuiltIn()
    {
        var sut = Serdes.From(Serializers.Int32, Deserializers.Int32);

        Assert.Equal(Serdes.Int32.Serialize(258, SerdeContext.Key("t")), sut.Serialize(258, SerdeContext.Key("t")));
    }

    [Fact]
    public void Serialize_KeyContext_PassesTopicAndComponent()
    {
        var serializer = new RecordingSerializer();
        var sut = Serdes.From(serializer, Deserializers.Utf8);

        sut.Serialize("k", SerdeContext.Key("keyed-topic"));

        Assert.Equal("keyed-topic", serializer.Seen.Topic);
        Assert.Equal(MessageComponentType.Key, serializer.Seen.Component);
    }

    [Fact]
    public void Deserialize_InnerThrows_WrapsInSerdeExceptionNamingTopic()
    {
        var sut = Serdes.From(Serializers.Utf8, new FailingDeserializer());

        var error = Assert.Throws<SerdeException>(() => sut.Deserialize([1], SerdeContext.Value("bad-topic")));

        Assert.Contains("'bad-topic'", error.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidDataException>(error.InnerException);
    }

    [Fact]
    public void From_NullSerializer_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Serdes.From(null!, Deserializers.Utf8));
    }
}
