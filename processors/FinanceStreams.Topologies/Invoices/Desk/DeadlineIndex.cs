using System.Globalization;
using StreamKit.State;

namespace FinanceStreams.Topologies.Invoices.Desk;

/// <summary>
/// Keys with a deadline in event time, in a key-value store ordered by deadline
/// (<c>deadline(19 digits)|key</c>), so the due ones are one range scan.
/// </summary>
public sealed class DeadlineIndex(IKeyValueStore<string, string> store)
{
    /// <summary>Registers <paramref name="key"/> as due at <paramref name="deadline"/>.</summary>
    public void Add(long deadline, string key) => store.Put(Entry(deadline, key), key);

    /// <summary>Removes a registration.</summary>
    public void Remove(long deadline, string key) => store.Delete(Entry(deadline, key));

    /// <summary>Removes and returns the keys due at or before <paramref name="now"/>, earliest first.</summary>
    public IReadOnlyList<string> TakeDue(long now)
    {
        var due = store.Range(Entry(0, string.Empty), (now + 1).ToString("D19", CultureInfo.InvariantCulture)).ToList();
        foreach (var entry in due)
        {
            store.Delete(entry.Key);
        }

        return [.. due.Select(e => e.Value)];
    }

    private static string Entry(long deadline, string key) => $"{Math.Max(deadline, 0).ToString("D19", CultureInfo.InvariantCulture)}|{key}";
}
