using Avro;
using FinanceStreams.SchemaRegistry.Compatibility;

namespace FinanceStreams.SchemaRegistry.Tests;

public sealed class AvroCompatibilityTests
{
    private static IReadOnlyList<string> CreateSut(string reader, string writer) =>
        AvroCompatibility.ReaderCanRead(Schema.Parse(reader), Schema.Parse(writer));

    private static string Field(string type, string? defaultJson = null) =>
        $$"""{"type":"record","name":"R","fields":[{"name":"f","type":{{type}}{{(defaultJson is null ? "" : $",\"default\":{defaultJson}")}}}]}""";

    [Theory]
    [InlineData("\"long\"", "\"int\"")]
    [InlineData("\"double\"", "\"int\"")]
    [InlineData("\"double\"", "\"float\"")]
    [InlineData("\"float\"", "\"long\"")]
    [InlineData("\"bytes\"", "\"string\"")]
    [InlineData("\"string\"", "\"bytes\"")]
    public void Promotion_Allowed_IsCompatible(string reader, string writer) => Assert.Empty(CreateSut(Field(reader), Field(writer)));

    [Theory]
    [InlineData("\"int\"", "\"long\"")]
    [InlineData("\"long\"", "\"double\"")]
    [InlineData("\"string\"", "\"int\"")]
    public void Promotion_NotAllowed_NamesTheField(string reader, string writer) =>
        Assert.Contains("field 'f'", Assert.Single(CreateSut(Field(reader), Field(writer))), StringComparison.Ordinal);

    [Fact]
    public void ReaderFieldMissingFromWriter_NeedsADefault()
    {
        var writer = """{"type":"record","name":"R","fields":[]}""";
        Assert.Empty(CreateSut(Field("\"int\"", "0"), writer));
        Assert.Contains("reader field 'f' of 'R' has no default", Assert.Single(CreateSut(Field("\"int\""), writer)), StringComparison.Ordinal);
    }

    [Fact]
    public void FieldAlias_MatchesAWriterFieldOfTheOldName()
    {
        var reader = """{"type":"record","name":"R","fields":[{"name":"g","type":"int","aliases":["f"]}]}""";
        Assert.Empty(CreateSut(reader, Field("\"int\"")));
    }

    [Fact]
    public void Enum_WriterSymbolMissingFromReader_FailsUnlessReaderHasDefault()
    {
        const string writer = """{"type":"enum","name":"S","symbols":["A","B","C"]}""";
        Assert.Contains("'C'", Assert.Single(CreateSut("""{"type":"enum","name":"S","symbols":["A","B"]}""", writer)), StringComparison.Ordinal);
        Assert.Empty(CreateSut("""{"type":"enum","name":"S","symbols":["A","B"],"default":"A"}""", writer));
    }

    [Fact]
    public void Unions_EveryWriterBranchMustResolve()
    {
        Assert.Empty(CreateSut(Field("[\"null\",\"long\"]"), Field("\"int\"")));
        Assert.Empty(CreateSut(Field("[\"null\",\"string\",\"long\"]"), Field("[\"null\",\"int\"]")));
        Assert.Single(CreateSut(Field("[\"null\",\"string\"]"), Field("[\"null\",\"int\"]")));
        Assert.Single(CreateSut(Field("\"int\""), Field("[\"null\",\"int\"]")));
    }

    [Fact]
    public void Decimal_PrecisionAndScaleMustMatch()
    {
        static string Money(int scale) => Field($$"""{"type":"bytes","logicalType":"decimal","precision":18,"scale":{{scale}}}""");
        Assert.Empty(CreateSut(Money(2), Money(2)));
        Assert.Contains("decimal(18,2)", Assert.Single(CreateSut(Money(2), Money(4))), StringComparison.Ordinal);
    }

    [Fact]
    public void ArraysMapsAndFixed_AreComparedByContent()
    {
        Assert.Empty(CreateSut(Field("""{"type":"array","items":"long"}"""), Field("""{"type":"array","items":"int"}""")));
        Assert.Single(CreateSut(Field("""{"type":"map","values":"int"}"""), Field("""{"type":"map","values":"string"}""")));
        Assert.Single(CreateSut(Field("""{"type":"fixed","name":"H","size":16}"""), Field("""{"type":"fixed","name":"H","size":8}""")));
    }

    [Fact]
    public void NamedTypes_WithDifferentNames_DoNotResolve() =>
        Assert.Contains("another name", Assert.Single(CreateSut("""{"type":"record","name":"A","fields":[]}""", """{"type":"record","name":"B","fields":[]}""")), StringComparison.Ordinal);
}
