using StreamKit.Dsl;
using StreamKit.Processing;
using StreamKit.State;

namespace FinanceStreams.Topologies.CoGrouping;

/// <summary>
/// Applies part updates to the dossiers of a co-group's part store (<see cref="DossierParts"/>) and forwards
/// each dossier's change: the old dossier (none when it had no part) and the new one.
/// </summary>
internal sealed class DossierProcessor(string storeName) : IProcessor<string, PartUpdate, string, Change<Dossier>>
{
    private IProcessorContext<string, Change<Dossier>>? _context;
    private ITimestampedKeyValueStore<string, Part>? _parts;

    public void Init(IProcessorContext<string, Change<Dossier>> context)
    {
        _context = context;
        _parts = context.GetStateStore<ITimestampedKeyValueStore<string, Part>>(storeName);
    }

    public void Process(Record<string, PartUpdate> record)
    {
        if (record.Key is null || record.Value is null)
        {
            return; // an update without target or content has no dossier to change
        }

        var before = DossierParts.Read(_parts!, record.Key);
        var key = DossierParts.Key(record.Key, record.Value.PartId);
        if (record.Value.Part is { } part)
        {
            _parts!.Put(key, part, record.Timestamp);
        }
        else
        {
            _parts!.Delete(key);
        }

        var after = (before ?? new Dossier()).Apply(record.Value);
        _context!.Forward(record.WithValue(new Change<Dossier>(Optional<Dossier>.Some(after), Optional<Dossier>.OfNullable(before))));
    }
}
