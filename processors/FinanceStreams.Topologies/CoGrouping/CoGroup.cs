using StreamKit.Dsl;
using StreamKit.Graph;
using StreamKit.Serialization;
using StreamKit.State;

namespace FinanceStreams.Topologies.CoGrouping;

/// <summary>
/// Co-groups several change streams into one <see cref="Dossier"/> per target key: each input maps its
/// values to addressed parts, the differences are repartitioned by target and applied to the co-group's
/// part store (<see cref="DossierParts"/>). This is how tables are joined on a foreign key here.
/// </summary>
public sealed class CoGroup
{
    private static readonly ISerde<PartUpdate> UpdateSerde = TopologyJson.Serde<PartUpdate>();
    private static readonly ISerde<Part> PartSerde = TopologyJson.Serde<Part>();
    private readonly StreamsBuilder _builder;
    private readonly string _name;
    private readonly int? _partitions;
    private IKStream<string, PartUpdate>? _updates;
    private int _inputs;

    /// <summary>A co-group named <paramref name="name"/> (repartition topic and store are named after it).</summary>
    public CoGroup(StreamsBuilder builder, string name, int? partitions = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _builder = builder;
        _name = name;
        _partitions = partitions;
    }

    /// <summary>The part store of the co-group named <paramref name="name"/> (queryable; read dossiers with <see cref="DossierParts.Read"/>).</summary>
    public static string StoreNameOf(string name) => $"{name}-parts";

    /// <summary>Adds an input: every change of it updates the parts that <paramref name="partsOf"/> produces.</summary>
    public CoGroup Add<T>(IKStream<string, Change<T>> changes, Func<string, T, IEnumerable<TargetedPart>> partsOf)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var updates = changes.FlatMap((k, c) => PartDiff.Between(k, c, partsOf), Serdes.String, UpdateSerde, $"{_name}-parts-{_inputs++}");
        _updates = _updates is null ? updates : _updates.Merge(updates, $"{_name}-merge-{_inputs}");
        return this;
    }

    /// <summary>The changes of the dossiers; they feed the next stage.</summary>
    public IKStream<string, Change<Dossier>> Aggregate()
    {
        var updates = _updates ?? throw new InvalidOperationException($"Co-group '{_name}' has no input.");
        var store = StoreNameOf(_name);
        _builder.AddStateStore(StoreBuilders.From(Stores.TimestampedKeyValueStoreBuilder(Stores.InMemoryKeyValueStore(store), Serdes.String, PartSerde).WithCachingEnabled()));
        return updates
            .Repartition(_name, _partitions)
            .Process(() => new DossierProcessor(store), Serdes.String, new ChangeJsonSerde<Dossier>(), $"{_name}-apply", store);
    }
}
