using finance.erp;
using finance.matching;
using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Invoices.Duplicates;
using FinanceStreams.Topologies.Outputs;
using StreamKit.Dsl;

namespace FinanceStreams.Topologies.Invoices.Stages;

/// <summary>
/// Suspected duplicates: candidates are filed in 7-day windows per company, supplier and currency
/// (<see cref="SuspectedDuplicateRule"/>); a window reports each pair when it becomes suspected and
/// withdraws it when it no longer is.
/// </summary>
public static class SuspectStages
{
    private const string Home = "#home";
    private const string Neighbour = "#near";

    /// <summary>An invoice that is neither cancelled nor an exact duplicate goes to its home window and, as a neighbour, to the next one.</summary>
    public static IEnumerable<TargetedPart> Candidates(string invoiceId, Dossier dossier)
    {
        var bundle = MatchStages.Bundled(dossier);
        if (bundle is null || !bundle.Counts)
        {
            return [];
        }

        var party = DuplicateParty.Of(bundle.Header);
        return
        [
            new(SuspectedDuplicateRule.HomeWindow(party), Home[1..], new Part { Suspect = party }),
            new(SuspectedDuplicateRule.NeighbourWindow(party), Neighbour[1..], new Part { Suspect = party }),
        ];
    }

    /// <summary>The reports a change of a window makes: pairs that became suspected, and withdrawals of pairs that no longer are.</summary>
    public static IEnumerable<Emission<SupplierInvoiceKey, DuplicateInvoice>> Reports(string window, Change<Dossier> change, long eventTime)
    {
        var before = Pairs(change.Old.HasValue ? change.Old.Value : null);
        var after = Pairs(change.New.HasValue ? change.New.Value : null);
        foreach (var pair in after.Where(p => !before.ContainsKey(p.Key)).Select(p => p.Value))
        {
            yield return Report(pair, withdrawn: false, eventTime);
        }

        foreach (var pair in before.Where(p => !after.ContainsKey(p.Key)).Select(p => p.Value))
        {
            yield return Report(pair, withdrawn: true, eventTime);
        }
    }

    private static Emission<SupplierInvoiceKey, DuplicateInvoice> Report((DuplicateParty Original, DuplicateParty Duplicate) pair, bool withdrawn, long eventTime)
    {
        var report = new DuplicateReport(pair.Duplicate, pair.Original, DuplicateKind.SUSPECTED, SuspectedDuplicateRule.RuleText, null, withdrawn, eventTime);
        return new(new SupplierInvoiceKey { invoice_id = pair.Duplicate.InvoiceId }, InvoiceOutputs.Duplicate(report), eventTime, [pair.Duplicate.Source, pair.Original.Source]);
    }

    private static Dictionary<string, (DuplicateParty Original, DuplicateParty Duplicate)> Pairs(Dossier? dossier)
    {
        var pairs = new Dictionary<string, (DuplicateParty, DuplicateParty)>(StringComparer.Ordinal);
        if (dossier is null)
        {
            return pairs;
        }

        var homes = dossier.Parts.Where(p => p.Key.EndsWith(Home, StringComparison.Ordinal)).Select(p => p.Value.Suspect).OfType<DuplicateParty>().ToList();
        var neighbours = dossier.Parts.Where(p => p.Key.EndsWith(Neighbour, StringComparison.Ordinal)).Select(p => p.Value.Suspect).OfType<DuplicateParty>().ToList();
        for (var i = 0; i < homes.Count; i++)
        {
            foreach (var other in homes.Skip(i + 1).Concat(neighbours))
            {
                if (SuspectedDuplicateRule.IsSuspected(homes[i], other))
                {
                    var pair = SuspectedDuplicateRule.Order(homes[i], other);
                    pairs[$"{pair.Original.InvoiceId}|{pair.Duplicate.InvoiceId}"] = pair;
                }
            }
        }

        return pairs;
    }
}
