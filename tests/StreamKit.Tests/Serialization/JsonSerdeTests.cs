using System.Text;
using StreamKit.Serialization;

namespace StreamKit.Tests.Serialization;

public sealed class JsonSerdeTests
{
    private static readonly SerdeContext Context = SerdeContext.Value("json-topic");

    public sealed record Sample(string Name, decimal Amount, long Count, IReadOnlyList<decimal> Parts);

    private static ISerde<Sample> CreateSut() => Serdes.Json<Sample>();

    [Fact]
    public void Serialize_Record_UsesCamelCaseNames()
    {
        var json = Encoding.UTF8.GetString(CreateSut().Serialize(new Sample("a", 1m, 2, []), Context));

        Assert.Equal("""{"name":"a","amount":1,"count":2,"parts":[]}""", json);
    }

    [Fact]
    public void RoundTrip_Decimals_StayExactWithScale()
    {
        var sut = CreateSut();
        var value = new Sample("x", 79228162514264337593543950335m, long.MaxValue, [0.1m, 1.10m, -0.0000000000000000000000000001m]);

        var bytes = sut.Serialize(value, Context);
        var read = sut.Deserialize(bytes, Context);

        Assert.Contains("1.10", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(value.Amount, read.Amount);
        Assert.Equal(value.Parts, read.Parts);
        Assert.Equal("1.10", read.Parts[1].ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Deserialize_PascalCaseAndStringNumbers_ReadsWithWebDefaults()
    {
        var read = CreateSut().Deserialize("""{"Name":"n","amount":"12.345","count":3,"parts":[]}"""u8, Context);

        Assert.Equal(new Sample("n", 12.345m, 3, read.Parts), read);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"amount":"abc"}""")]
    [InlineData("null")]
    public void Deserialize_BadInput_ThrowsNamingTopic(string json)
    {
        var error = Assert.Throws<SerdeException>(() => CreateSut().Deserialize(Encoding.UTF8.GetBytes(json), Context));

        Assert.Contains("'json-topic'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ValueType_RoundTrips()
    {
        var sut = Serdes.Json<decimal>();

        Assert.Equal(0.30m, sut.Deserialize(sut.Serialize(0.30m, Context), Context));
    }
}
