using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Invoices.Duplicates;
using FinanceStreams.Topologies.Invoices.Matching;
using finance.matching;

namespace FinanceStreams.Topologies.Invoices.Flow;

/// <summary>
/// Suspected duplicates within one supplier ledger (<see cref="SuspectedDuplicateRule"/>): the ledger files every invoice
/// that may be suspected (neither cancelled nor an exact duplicate) as a party; a reviewed invoice's pairs are compared
/// with the pairs reported before, a new pair is reported and a pair that no longer holds is withdrawn (a replay
/// reports the standing pairs again). Each pair is stored under both of its invoices. Parties are also indexed by company,
/// currency and invoice date, so a review reads only the parties within the rule's days, not the whole ledger.
/// </summary>
internal sealed class SuspectLedger(PartStore store, string supplier, Action<string, object> forward)
{
    /// <summary>Files <paramref name="bundle"/>'s invoice as a party of <paramref name="supplier"/>'s ledger, or removes it when it may not be suspected.</summary>
    public static void File(PartStore store, string supplier, InvoiceBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(bundle);
        if (!bundle.Counts)
        {
            Remove(store, supplier, bundle.Header.InvoiceId);
            return;
        }

        var party = DuplicateParty.Of(bundle.Header);
        Unindex(store, supplier, party.InvoiceId);
        store.PutBookkeeping(ByDate(supplier, party), party.InvoiceId);
        store.Put(Party(supplier, party.InvoiceId), party);
    }

    /// <summary>Removes invoice <paramref name="invoiceId"/> from <paramref name="supplier"/>'s ledger.</summary>
    public static void Remove(PartStore store, string supplier, string invoiceId)
    {
        ArgumentNullException.ThrowIfNull(store);
        Unindex(store, supplier, invoiceId);
        store.Delete(Party(supplier, invoiceId));
    }

    /// <summary>Takes the filed party's entry out of the date index (bookkeeping: logged ahead of the party itself).</summary>
    private static void Unindex(PartStore store, string supplier, string invoiceId)
    {
        if (store.Get<DuplicateParty>(Party(supplier, invoiceId)) is { } filed)
        {
            store.DeleteBookkeeping(ByDate(supplier, filed));
        }
    }

    /// <summary>Reports the pairs of <paramref name="ids"/> that became suspected and withdraws those that no longer are.</summary>
    public void Review(IReadOnlyList<string> ids, bool replayed, long eventTime)
    {
        foreach (var id in ids)
        {
            var party = store.Get<DuplicateParty>(Party(supplier, id));
            var now = party is null
                ? []
                : Near(party).Where(other => SuspectedDuplicateRule.IsSuspected(party, other))
                    .ToDictionary(other => other.InvoiceId, other => SuspectedDuplicateRule.Order(party, other), StringComparer.Ordinal);
            var reported = store.Scan<DuplicateReport>(PartKey.Of("pair", id)).ToDictionary(p => PartKey.Last(p.Key), p => p.Value, StringComparer.Ordinal);
            foreach (var (other, pair) in now)
            {
                if (reported.TryGetValue(other, out var standing))
                {
                    if (replayed)
                    {
                        forward(standing.Duplicate.InvoiceId, standing);
                    }

                    continue;
                }

                var report = new DuplicateReport(pair.Duplicate, pair.Original, DuplicateKind.SUSPECTED, SuspectedDuplicateRule.RuleText, null, false, eventTime);
                store.Put(PartKey.Of("pair", id, other), report);
                store.Put(PartKey.Of("pair", other, id), report);
                forward(report.Duplicate.InvoiceId, report);
            }

            foreach (var (other, standing) in reported.Where(r => !now.ContainsKey(r.Key)))
            {
                store.Delete(PartKey.Of("pair", id, other));
                store.Delete(PartKey.Of("pair", other, id));
                forward(standing.Duplicate.InvoiceId, standing with { Withdrawn = true, EventTime = eventTime });
            }
        }
    }

    /// <summary>
    /// The parties of the ledger with <paramref name="party"/>'s company and currency dated at most
    /// <see cref="SuspectedDuplicateRule.MaxDaysApart"/> days from it. An index entry counts only while the party filed
    /// under its id is the one it indexes (the index is logged ahead of the parties, so a commit cut by a crash can leave
    /// an entry the parties do not have yet).
    /// </summary>
    private IEnumerable<DuplicateParty> Near(DuplicateParty party)
    {
        var day = party.InvoiceDate.DayNumber;
        var first = PartKey.Of("date", supplier, party.CompanyCode, party.Currency, Day(day - SuspectedDuplicateRule.MaxDaysApart));
        var last = PartKey.RangeEnd(PartKey.Of("date", supplier, party.CompanyCode, party.Currency, Day(day + SuspectedDuplicateRule.MaxDaysApart)));
        foreach (var (key, id) in store.ScanTo<string>(first, last))
        {
            if (store.Get<DuplicateParty>(Party(supplier, id)) is { } other && ByDate(supplier, other) == key)
            {
                yield return other;
            }
        }
    }

    /// <summary>Where the ledger files invoice <paramref name="invoiceId"/> of <paramref name="supplier"/>.</summary>
    private static string Party(string supplier, string invoiceId) => PartKey.Of("party", supplier, invoiceId);

    /// <summary>A party's entry in the ledger's index by company, currency and invoice date (the only parties it may be suspected with).</summary>
    private static string ByDate(string supplier, DuplicateParty party) =>
        PartKey.Of("date", supplier, party.CompanyCode, party.Currency, Day(party.InvoiceDate.DayNumber), party.InvoiceId);

    private static string Day(int dayNumber) => Math.Max(0, dayNumber).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
}
