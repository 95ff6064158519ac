namespace FinanceStreams.Topologies.CoGrouping;

/// <summary>
/// Everything currently known under one key, from several tables: the co-grouped state a pure
/// stage function reads. Each part is written by exactly one upstream key, so the final dossier
/// depends only on the final upstream states, never on the order of their updates.
/// </summary>
public sealed class Dossier
{
    /// <summary>Parts by id, in id order.</summary>
    public SortedDictionary<string, Part> Parts { get; init; } = new(StringComparer.Ordinal);

    /// <summary>A new dossier with <paramref name="update"/> applied.</summary>
    public Dossier Apply(PartUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var parts = new SortedDictionary<string, Part>(Parts, StringComparer.Ordinal);
        if (update.Part is null)
        {
            parts.Remove(update.PartId);
        }
        else
        {
            parts[update.PartId] = update.Part;
        }

        return new Dossier { Parts = parts };
    }

    /// <summary>The non-null values of one slot, in part id order.</summary>
    public IEnumerable<T> All<T>(Func<Part, T?> slot)
        where T : class => Parts.Values.Select(slot).OfType<T>();

    /// <summary>The first non-null value of one slot, or null.</summary>
    public T? One<T>(Func<Part, T?> slot)
        where T : class => All(slot).FirstOrDefault();
}
