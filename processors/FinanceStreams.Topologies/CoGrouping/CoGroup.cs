using StreamKit.Dsl;
using StreamKit.Serialization;

namespace FinanceStreams.Topologies.CoGrouping;

/// <summary>
/// Co-groups several change streams into one table of <see cref="Dossier"/> per target key: each
/// input maps its values to addressed parts, the differences are repartitioned by target and applied.
/// This is how tables are joined on a foreign key here (the runtime has no foreign-key join yet).
/// </summary>
public sealed class CoGroup
{
    private static readonly ISerde<PartUpdate> UpdateSerde = TopologyJson.Serde<PartUpdate>();
    private static readonly ISerde<Dossier> DossierSerde = TopologyJson.Serde<Dossier>();
    private readonly string _name;
    private readonly int? _partitions;
    private IKStream<string, PartUpdate>? _updates;
    private int _inputs;

    /// <summary>A co-group named <paramref name="name"/> (repartition topic and store are named after it).</summary>
    public CoGroup(string name, int? partitions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
        _partitions = partitions;
    }

    /// <summary>The store of the dossiers.</summary>
    public string StoreName => $"{_name}-dossiers";

    /// <summary>Adds an input: every change of it updates the parts that <paramref name="partsOf"/> produces.</summary>
    public CoGroup Add<T>(IKStream<string, Change<T>> changes, Func<string, T, IEnumerable<TargetedPart>> partsOf)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var updates = changes.FlatMap((k, c) => PartDiff.Between(k, c, partsOf), Serdes.String, UpdateSerde, $"{_name}-parts-{_inputs++}");
        _updates = _updates is null ? updates : _updates.Merge(updates, $"{_name}-merge-{_inputs}");
        return this;
    }

    /// <summary>The dossier table; its change stream feeds the next stage.</summary>
    public IKTable<string, Dossier> Aggregate()
    {
        var updates = _updates ?? throw new InvalidOperationException($"Co-group '{_name}' has no input.");
        var grouped = Grouped<string, PartUpdate>.With(Serdes.String, UpdateSerde).WithName(_name);
        return updates
            .GroupByKey(_partitions is { } p ? grouped.WithPartitions(p) : grouped)
            .Aggregate(static () => new Dossier(), static (_, update, dossier) => dossier.Apply(update), Materialized<string, Dossier>.As(StoreName, Serdes.String, DossierSerde));
    }
}
