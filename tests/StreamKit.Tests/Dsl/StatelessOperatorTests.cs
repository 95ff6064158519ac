using StreamKit.Dsl;
using StreamKit.Serialization;
using StreamKit.Testing;

namespace StreamKit.Tests.Dsl;

public sealed class StatelessOperatorTests
{
    private static readonly Consumed<string, string> Strings = Consumed<string, string>.With(Serdes.String, Serdes.String);

    private static (TopologyTestDriver Driver, TestInputTopic<string, string> In, TestOutputTopic<string, string> Out) CreateSut(Action<IKStream<string, string>> build)
    {
        var builder = new StreamsBuilder("app");
        build(builder.Stream("in", Strings));
        var driver = new TopologyTestDriver(builder.Build());
        return (driver, driver.CreateInputTopic("in", Serdes.String, Serdes.String), driver.CreateOutputTopic("out", Serdes.String, Serdes.String));
    }

    [Fact]
    public void Filter_KeepsMatchingRecords_DropsOthers()
    {
        var (driver, input, output) = CreateSut(s => s.Filter((_, v) => v.StartsWith('a')).To("out"));
        using var _ = driver;
        input.Pipe("k1", "apple", 1);
        input.Pipe("k2", "banana", 2);
        Assert.Equal(["apple"], output.ReadValues());
    }

    [Fact]
    public void FilterNot_DropsMatchingRecords()
    {
        var (driver, input, output) = CreateSut(s => s.FilterNot((_, v) => v.StartsWith('a')).To("out"));
        using var _ = driver;
        input.Pipe("k1", "apple", 1);
        input.Pipe("k2", "banana", 2);
        Assert.Equal(["banana"], output.ReadValues());
    }

    [Fact]
    public void MapAndMapValues_TransformKeyAndValue_KeepTimestamp()
    {
        var (driver, input, output) = CreateSut(s => s.Map((k, v) => KeyValuePair.Create(v, k), Serdes.String, Serdes.String).MapValues((_, v) => v.ToUpperInvariant(), Serdes.String).To("out"));
        using var _ = driver;
        input.Pipe("k1", "apple", 42);
        var record = Assert.Single(output.ReadRecords());
        Assert.Equal(("apple", "K1", 42L), (record.Key, record.Value, record.Timestamp));
    }

    [Fact]
    public void FlatMapAndFlatMapValues_EmitOneRecordPerElement()
    {
        var (driver, input, output) = CreateSut(s => s
            .FlatMapValues((_, v) => v.Split(','), Serdes.String)
            .FlatMap((k, v) => [KeyValuePair.Create(k + v, v), KeyValuePair.Create(v, v)], Serdes.String, Serdes.String)
            .To("out"));
        using var _ = driver;
        input.Pipe("k", "x,y", 1);
        Assert.Equal(["kx", "x", "ky", "y"], output.ReadRecords().Select(r => r.Key));
    }

    [Fact]
    public void SelectKeyAndPeek_ChangeKeyAndSeeEveryRecord()
    {
        var seen = new List<string>();
        var (driver, input, output) = CreateSut(s => s.Peek((_, v) => seen.Add(v)).SelectKey((_, v) => v.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Serdes.String).To("out"));
        using var _ = driver;
        input.Pipe("k", "four", 1);
        Assert.Equal("4", Assert.Single(output.ReadRecords()).Key);
        Assert.Equal(["four"], seen);
    }

    [Fact]
    public void Split_SendsEachRecordToTheFirstMatchingBranchOrTheDefault()
    {
        var (driver, input, output) = CreateSut(s =>
        {
            var branches = s.Split().Branch("a", (_, v) => v.StartsWith('a')).Branch("ab", (_, v) => v.Contains('b')).Build(defaultBranch: "rest");
            branches["a"].MapValues((_, v) => "A:" + v, Serdes.String).To("out");
            branches["ab"].MapValues((_, v) => "B:" + v, Serdes.String).To("out");
            branches["rest"].MapValues((_, v) => "R:" + v, Serdes.String).To("out");
        });
        using var _ = driver;
        input.Pipe("1", "abc", 1);
        input.Pipe("2", "cab", 2);
        input.Pipe("3", "xyz", 3);
        Assert.Equal(["A:abc", "B:cab", "R:xyz"], output.ReadValues());
    }

    [Fact]
    public void Merge_InterleavesBothStreams()
    {
        var builder = new StreamsBuilder("app");
        builder.Stream("left", Strings).Merge(builder.Stream("right", Strings)).To("out");
        using var driver = new TopologyTestDriver(builder.Build());
        driver.CreateInputTopic("left", Serdes.String, Serdes.String).Pipe("k", "l", 1);
        driver.CreateInputTopic("right", Serdes.String, Serdes.String).Pipe("k", "r", 2);
        Assert.Equal(["l", "r"], driver.CreateOutputTopic("out", Serdes.String, Serdes.String).ReadValues());
    }

    [Fact]
    public void SourceWithBadBytes_ThrowsDeserializationExceptionNamingTheTopic()
    {
        var builder = new StreamsBuilder("app");
        builder.Stream("in", Consumed<string, long>.With(Serdes.String, Serdes.Int64)).To("out");
        using var driver = new TopologyTestDriver(builder.Build());
        var error = Assert.Throws<StreamKit.Errors.FatalStreamsException>(() => driver.CreateInputTopic("in", Serdes.String, Serdes.Int64).PipeRaw([1], [1, 2, 3], 1));
        Assert.IsType<StreamKit.Graph.DeserializationException>(error.InnerException);
        Assert.Contains("'in'", error.Message, StringComparison.Ordinal);
        Assert.Contains("in-0@0 could not be read", error.Message, StringComparison.Ordinal);
    }
}
