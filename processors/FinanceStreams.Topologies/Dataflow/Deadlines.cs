using System.Globalization;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>
/// Keys of a stage that are due at an event time, kept in the stage's <see cref="PartStore"/> ordered by deadline, so the
/// due ones are one range scan. Stored as bookkeeping: a restored stage knows every deadline its facts imply.
/// </summary>
public sealed class Deadlines(PartStore store, string name)
{
    /// <summary>Registers <paramref name="key"/> as due at <paramref name="deadline"/>.</summary>
    public void Add(long deadline, string key) => store.PutBookkeeping(Entry(deadline, key), key);

    /// <summary>Removes a registration.</summary>
    public void Remove(long deadline, string key) => store.DeleteBookkeeping(Entry(deadline, key));

    /// <summary>Removes and returns the keys due at or before <paramref name="now"/>, earliest first.</summary>
    public IReadOnlyList<(long Deadline, string Key)> TakeDue(long now)
    {
        var due = store.ScanTo<string>(name, PartKey.Of(name, Time(now), "\U0010FFFF"));
        foreach (var (entry, _) in due)
        {
            store.DeleteBookkeeping(entry);
        }

        return [.. due.Select(d => (long.Parse(PartKey.Component(d.Key, 1), CultureInfo.InvariantCulture), d.Value))];
    }

    private string Entry(long deadline, string key) => PartKey.Of(name, Time(deadline), key);

    private static string Time(long ms) => Math.Max(ms, 0).ToString("D19", CultureInfo.InvariantCulture);
}
