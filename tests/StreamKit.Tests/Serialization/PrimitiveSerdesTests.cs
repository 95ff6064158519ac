using StreamKit.Serialization;

namespace StreamKit.Tests.Serialization;

public sealed class PrimitiveSerdesTests
{
    private static readonly SerdeContext KeyContext = SerdeContext.Key("input-topic");
    private static readonly SerdeContext ValueContext = SerdeContext.Value("input-topic");

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("ünïcødé ✓ 𝄞")]
    public void String_RoundTrip_ReturnsSameText(string text)
    {
        var sut = Serdes.String;

        Assert.Equal(text, sut.Deserialize(sut.Serialize(text, ValueContext), ValueContext));
    }

    [Fact]
    public void String_Serialize_WritesUtf8WithoutBom()
    {
        Assert.Equal("é"u8.ToArray(), Serdes.String.Serialize("é", ValueContext));
    }

    [Fact]
    public void String_InvalidUtf8_ThrowsNamingTopic()
    {
        var error = Assert.Throws<SerdeException>(() => Serdes.String.Deserialize([0xC3, 0x28], KeyContext));

        Assert.Contains("'input-topic'", error.Message, StringComparison.Ordinal);
        Assert.Contains("key", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, new byte[] { 0, 0, 0, 1 })]
    [InlineData(-1, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF })]
    [InlineData(0x01020304, new byte[] { 1, 2, 3, 4 })]
    public void Int32_Serialize_WritesBigEndian(int value, byte[] expected)
    {
        Assert.Equal(expected, Serdes.Int32.Serialize(value, KeyContext));
        Assert.Equal(value, Serdes.Int32.Deserialize(expected, KeyContext));
    }

    [Theory]
    [InlineData(1L, new byte[] { 0, 0, 0, 0, 0, 0, 0, 1 })]
    [InlineData(long.MinValue, new byte[] { 0x80, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(0x0102030405060708L, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    public void Int64_Serialize_WritesBigEndian(long value, byte[] expected)
    {
        Assert.Equal(expected, Serdes.Int64.Serialize(value, ValueContext));
        Assert.Equal(value, Serdes.Int64.Deserialize(expected, ValueContext));
    }

    [Fact]
    public void Int32_WrongLength_ThrowsNamingTopicAndLength()
    {
        var error = Assert.Throws<SerdeException>(() => Serdes.Int32.Deserialize([1, 2, 3], ValueContext));

        Assert.Contains("'input-topic'", error.Message, StringComparison.Ordinal);
        Assert.Contains("got 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Int64_WrongLength_ThrowsNamingTopic()
    {
        var error = Assert.Throws<SerdeException>(() => Serdes.Int64.Deserialize([1, 2, 3, 4], KeyContext));

        Assert.Contains("'input-topic'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ByteArray_RoundTrip_CopiesOnRead()
    {
        byte[] data = [0, 0x80, 0xFF];

        var read = Serdes.ByteArray.Deserialize(Serdes.ByteArray.Serialize(data, ValueContext), ValueContext);

        Assert.Equal(data, read);
        Assert.NotSame(data, read);
    }

    [Fact]
    public void Guid_Serialize_WritesJavaUuidText()
    {
        var guid = Guid.Parse("123E4567-E89B-12D3-A456-426614174000");

        var bytes = Serdes.Guid.Serialize(guid, KeyContext);

        Assert.Equal("123e4567-e89b-12d3-a456-426614174000"u8.ToArray(), bytes);
        Assert.Equal(guid, Serdes.Guid.Deserialize(bytes, KeyContext));
    }

    [Fact]
    public void Guid_UpperCaseJavaText_Reads()
    {
        var guid = Serdes.Guid.Deserialize("123E4567-E89B-12D3-A456-426614174000"u8, KeyContext);

        Assert.Equal(Guid.Parse("123e4567-e89b-12d3-a456-426614174000"), guid);
    }

    [Theory]
    [InlineData("123e4567e89b12d3a456426614174000")]
    [InlineData("123e4567-e89b-12d3-a456-42661417400z")]
    public void Guid_BadText_ThrowsNamingTopic(string text)
    {
        var error = Assert.Throws<SerdeException>(() => Serdes.Guid.Deserialize(System.Text.Encoding.UTF8.GetBytes(text), KeyContext));

        Assert.Contains("'input-topic'", error.Message, StringComparison.Ordinal);
    }
}
