using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Tests.State;

public sealed class WindowedSerdeTests
{
    private static readonly SerdeContext Context = SerdeContext.Key("out");

    private static WindowedSerde<string> CreateSut() => new(Serdes.String);

    [Theory]
    [InlineData("a", 0L, 0L)]
    [InlineData("", 5L, 10L)]
    [InlineData("key with ünïcode", 1_700_000_000_000L, long.MaxValue)]
    public void SerializeThenDeserialize_AnyWindowedKey_RoundTrips(string key, long start, long end)
    {
        var sut = CreateSut();
        var windowed = new Windowed<string>(key, new Window(start, end));

        Assert.Equal(windowed, sut.Deserialize(sut.Serialize(windowed, Context), Context));
    }

    [Fact]
    public void Serialize_WindowedKey_IsKeyBytesThenBigEndianStartAndEnd()
    {
        var bytes = CreateSut().Serialize(new Windowed<string>("ab", new Window(1, 258)), Context);

        Assert.Equal("6162" + "0000000000000001" + "0000000000000102", Convert.ToHexString(bytes));
    }

    [Fact]
    public void SerializeThenDeserialize_Int64Keys_RoundTrips()
    {
        var sut = new WindowedSerde<long>(Serdes.Int64);
        var windowed = new Windowed<long>(-42, Window.OfSize(100, 50));

        Assert.Equal(windowed, sut.Deserialize(sut.Serialize(windowed, Context), Context));
    }

    [Fact]
    public void Deserialize_TooShort_ThrowsSerdeExceptionNamingTopic()
    {
        var error = Assert.Throws<SerdeException>(() => CreateSut().Deserialize(new byte[15], Context));

        Assert.Contains("'out'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_EndBeforeStart_ThrowsSerdeException()
    {
        var bytes = Convert.FromHexString("61" + "0000000000000009" + "0000000000000001");

        Assert.Throws<SerdeException>(() => CreateSut().Deserialize(bytes, Context));
    }

    [Fact]
    public void Window_InvalidBounds_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Window(-1, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Window(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Window.OfSize(5, -1));
    }

    [Fact]
    public void WindowOfSize_EndPastMaxValue_Saturates()
    {
        Assert.Equal(new Window(long.MaxValue - 1, long.MaxValue), Window.OfSize(long.MaxValue - 1, 10));
        Assert.Equal(new Window(10, 15), Window.OfSize(10, 5));
    }
}
