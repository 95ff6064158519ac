using StreamKit.Dsl;
using StreamKit.Processing;
using StreamKit.State;

namespace FinanceStreams.Topologies.CoGrouping;

/// <summary>
/// Applies part updates to the dossiers of a co-group's part store (<see cref="DossierParts"/>) and forwards
/// each dossier's change: the old dossier (none when it had no part) and the new one. Dossiers read or
/// written lately are kept in memory (the store has no other writer), so an update does not read every part
/// of a large dossier back from the store.
/// </summary>
internal sealed class DossierProcessor(string storeName) : IProcessor<string, PartUpdate, string, Change<Dossier>>
{
    private IProcessorContext<string, Change<Dossier>>? _context;
    private const int CachedDossiers = 10_000;
    private readonly Dictionary<string, Dossier?> _recent = new(StringComparer.Ordinal);
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

        if (!_recent.TryGetValue(record.Key, out var before))
        {
            before = DossierParts.Read(_parts!, record.Key);
        }

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
        if (_recent.Count >= CachedDossiers)
        {
            _recent.Clear();
        }

        _recent[record.Key] = after.Parts.Count == 0 ? null : after;
        _context!.Forward(record.WithValue(new Change<Dossier>(Optional<Dossier>.Some(after), Optional<Dossier>.OfNullable(before))));
    }
}
