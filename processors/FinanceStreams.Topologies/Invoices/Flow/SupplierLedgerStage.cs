using FinanceStreams.Streaming.Serialization;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Invoices.Matching;
using FinanceStreams.Topologies.Invoices.Messages;
using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Invoices.Flow;

/// <summary>
/// The ledger of one supplier (keyed by supplier_id): the supplier row and the documents of its invoices. All of an
/// invoice's exact-duplicate group and suspected pairs share its company and supplier, so they are decided here, where a
/// header change and its effect on the other invoices of the group are one step. What one input changed goes to each
/// purchase-order file as one <see cref="FileUpdate"/> (only the invoices whose bundle changed; all of them on a replay);
/// suspected pairs go out as duplicate reports (<see cref="SuspectLedger"/>).
/// </summary>
public sealed class SupplierLedgerStage : Stage<object, object>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "supplier-ledgers";

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    /// <inheritdoc/>
    protected override void Handle(string key, object value)
    {
        switch (value)
        {
            case RowChange<SupplierRow> row:
                var (_, applied) = RowTable.Apply(Store, PartKey.Of("row", key), row);
                Send(key, [.. Store.Scan<InvoiceDocument>(PartKey.Of("doc", key)).Select(d => d.Value.InvoiceId)], !applied, 0, null);
                break;
            case InvoiceDocument document:
                Apply(key, document);
                break;
            default:
                throw new ArgumentException($"The supplier ledger cannot read {value?.GetType().Name ?? "null"}.", nameof(value));
        }
    }

    private static string? GroupOf(InvoiceRow? header) => header is null ? null : DuplicateInvoiceRule.GroupKey(DuplicateCandidates.Of(header));

    private void Apply(string supplier, InvoiceDocument document)
    {
        var id = document.InvoiceId;
        var stored = Store.Get<InvoiceDocument>(PartKey.Of("doc", supplier, id));
        var applied = stored is null ? document.Header is not null : document.Version > stored.Version;
        var groups = new HashSet<string>(StringComparer.Ordinal);
        var before = GroupOf(stored?.Header);
        if (before is not null)
        {
            groups.Add(before);
        }

        if (applied)
        {
            if (before is not null)
            {
                Store.Delete(PartKey.Of("group", before, id));
            }

            if (document.Header is null)
            {
                Store.Delete(PartKey.Of("doc", supplier, id));
            }
            else
            {
                Store.Put(PartKey.Of("doc", supplier, id), document);
                if (GroupOf(document.Header) is { } group)
                {
                    Store.Put(PartKey.Of("group", group, id), id);
                    groups.Add(group);
                }
            }
        }

        var members = groups.SelectMany(g => Store.Scan<string>(PartKey.Of("group", g)).Select(m => m.Value)).Append(id).Distinct(StringComparer.Ordinal).ToList();
        var touched = Send(supplier, members, !applied, document.Version, document.Destination);
        new SuspectLedger(Store, supplier, Forward).Review(applied ? touched : [id], !applied, Context.Timestamp);
    }

    /// <summary>Sends the bundles of <paramref name="ids"/> that changed (all on a replay) to their files; returns the ids whose bundle changed.</summary>
    private List<string> Send(string supplier, IReadOnlyList<string> ids, bool replayed, long removalVersion, string? removalDestination)
    {
        var supplierRow = Store.Get<RowState<SupplierRow>>(PartKey.Of("row", supplier))?.Row;
        var documents = ids.Select(i => (Id: i, Document: Store.Get<InvoiceDocument>(PartKey.Of("doc", supplier, i)))).ToList();
        var verdicts = Verdicts(supplier, documents.Select(d => d.Document).OfType<InvoiceDocument>());
        var updates = new SortedDictionary<string, List<FileEntry>>(StringComparer.Ordinal);
        var touched = new List<string>();
        foreach (var (id, document) in documents)
        {
            var file = document?.Header is { } header ? FileKeys.Of(header) : null;
            foreach (var former in Targets.Former(Store, PartKey.Of("file", id), file))
            {
                Add(updates, former, new FileEntry(id, document?.Version ?? removalVersion, null, file ?? removalDestination));
            }

            if (document?.Header is null)
            {
                if (Store.Get<byte[]>(PartKey.Of("sent", id)) is not null)
                {
                    touched.Add(id);
                }

                Store.Delete(PartKey.Of("sent", id));
                SuspectLedger.Remove(Store, supplier, id);
                continue;
            }

            var entry = new FileEntry(id, document.Version, new InvoiceBundle(document.Header, document.Lines, verdicts.GetValueOrDefault(id), supplierRow), null);
            var changed = SentDigest.Changed(Store, PartKey.Of("sent", id), CompactSerDes<FileEntry>.Write(entry));
            if (changed)
            {
                SuspectLedger.File(Store, supplier, entry.Bundle!);
                touched.Add(id);
            }

            if (changed || replayed)
            {
                Add(updates, file!, entry);
            }
        }

        foreach (var (file, entries) in updates)
        {
            Forward(file, new FileUpdate(entries, replayed));
        }

        return touched;
    }

    private Dictionary<string, DuplicateVerdict> Verdicts(string supplier, IEnumerable<InvoiceDocument> documents)
    {
        var verdicts = new Dictionary<string, DuplicateVerdict>(StringComparer.Ordinal);
        foreach (var group in documents.Select(d => GroupOf(d.Header)).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var candidates = Store.Scan<string>(PartKey.Of("group", group))
                .Select(m => Store.Get<InvoiceDocument>(PartKey.Of("doc", supplier, m.Value))?.Header)
                .OfType<InvoiceRow>()
                .Select(DuplicateCandidates.Of);
            foreach (var verdict in DuplicateInvoiceRule.Decide(candidates))
            {
                verdicts[verdict.InvoiceId] = verdict;
            }
        }

        return verdicts;
    }

    private static void Add(SortedDictionary<string, List<FileEntry>> updates, string file, FileEntry entry)
    {
        if (!updates.TryGetValue(file, out var entries))
        {
            updates[file] = entries = [];
        }

        entries.Add(entry);
    }
}
