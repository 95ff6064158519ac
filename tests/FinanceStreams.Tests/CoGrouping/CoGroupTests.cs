using System.Text.Json;
using FinanceStreams.Topologies.CoGrouping;
using StreamKit.Dsl;
using StreamKit.Serialization;
using StreamKit.Testing;

namespace FinanceStreams.Tests.CoGrouping;

public sealed class CoGroupTests : IDisposable
{
    private const string App = "cogroup-test";
    private readonly TopologyTestDriver _driver;
    private readonly TestInputTopic<string, Change<Row>> _rows;
    private readonly TestOutputTopic<string, Change<Dossier>> _dossiers;
    private readonly TestOutputTopic<string, byte[]> _changelog;
    private readonly Dictionary<string, Row?> _upstream = [];
    private long _time;

    public CoGroupTests()
    {
        var builder = new StreamsBuilder(App);
        var rows = builder.Stream("rows", Consumed<string, Change<Row>>.With(Serdes.String, new ChangeJsonSerde<Row>()));
        new CoGroup(builder, "targets").Add(rows, (key, row) => [new TargetedPart(row.Target, "row", new Part { Reference = row.Text })]).Aggregate()
            .To("dossiers", Produced<string, Change<Dossier>>.With(Serdes.String, new ChangeJsonSerde<Dossier>()));
        _driver = new TopologyTestDriver(builder.Build(), App);
        _rows = _driver.CreateInputTopic("rows", Serdes.String, new ChangeJsonSerde<Row>());
        _dossiers = _driver.CreateOutputTopic("dossiers", Serdes.String, new ChangeJsonSerde<Dossier>());
        _changelog = _driver.CreateOutputTopic($"{App}-{CoGroup.StoreNameOf("targets")}-changelog", Serdes.String, Serdes.ByteArray);
    }

    [Fact]
    public void Aggregate_PartsOfSeveralRows_ForwardsOldAndNewDossierOfTheirTarget()
    {
        Set("r1", new Row("T", "one"));
        Set("r2", new Row("T", "two"));
        Set("r3", new Row("T0", "elsewhere"));
        Set("r1", null);

        var changes = _dossiers.ReadRecords();

        Assert.Equal(["T", "T", "T0", "T"], changes.Select(c => c.Key));
        Assert.False(changes[0].Value!.Old.HasValue);
        Assert.Equal<string?>(["one"], References(changes[1].Value!.Old));
        Assert.Equal<string?>(["one", "two"], References(changes[1].Value!.New));
        Assert.Equal<string?>(["elsewhere"], References(changes[2].Value!.New));
        Assert.Equal<string?>(["two"], References(changes[3].Value!.New));
    }

    [Fact]
    public void Aggregate_ChangedPart_WritesOnlyThatPartToTheChangelog()
    {
        Set("r1", new Row("T", "one"));
        Set("r2", new Row("T", "two"));
        Set("r2", new Row("T", "three"));
        Set("r1", null);

        var records = _changelog.ReadRecords();

        Assert.Equal([DossierParts.Key("T", "r1#row"), DossierParts.Key("T", "r2#row"), DossierParts.Key("T", "r2#row"), DossierParts.Key("T", "r1#row")], records.Select(r => r.Key));
        // each value is one part (a timestamp, then the part's JSON); a removed part is a tombstone
        Assert.Equal<string?>(["one", "two", "three", null], records.Select(r => r.Value is null ? null : JsonSerializer.Deserialize<Part>(r.Value.AsSpan(sizeof(long)), TopologyJson.Options)!.Reference));
    }

    public void Dispose() => _driver.Dispose();

    /// <summary>Upstream key <paramref name="key"/> changes to <paramref name="row"/> (null: deleted).</summary>
    private void Set(string key, Row? row)
    {
        _rows.Pipe(key, new Change<Row>(Optional<Row>.OfNullable(row), Optional<Row>.OfNullable(_upstream.GetValueOrDefault(key))), ++_time);
        _upstream[key] = row;
    }

    private static List<string?> References(Optional<Dossier> dossier) => [.. dossier.Value.Parts.Values.Select(p => p.Reference)];

    /// <summary>An upstream row that contributes one part to its target.</summary>
    public sealed record Row(string Target, string Text);
}
