using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Consumption.Stages;

/// <summary>
/// Exact-duplicate groups (domain.md §5), keyed by group: holds its members' headers, decides who
/// is the original, and tells each invoice its header with its verdict: the one that changed, and
/// every other member whose verdict it changed.
/// </summary>
public sealed class DuplicateGroupStage : Stage<GroupMembership, InvoiceVerdict>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "duplicate-groups";

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    /// <inheritdoc/>
    protected override void Handle(string key, GroupMembership value)
    {
        var memberKey = PartKey.Of("m", key, value.InvoiceId);
        var stored = Store.Get<GroupMember>(memberKey);
        if (stored is not null && stored.Lsn >= value.Lsn)
        {
            var current = Decide(key);
            Tell(key, value.InvoiceId, stored, current, value);
            return;
        }

        var before = Decide(key);
        var member = new GroupMember(value.Lsn, value.Header);
        Store.Put(memberKey, member);
        var after = Decide(key);
        Tell(key, value.InvoiceId, member, after, value);
        foreach (var (id, duplicate) in after.Where(v => v.Key != value.InvoiceId && before.TryGetValue(v.Key, out var was) && was != v.Value))
        {
            var other = Store.Get<GroupMember>(PartKey.Of("m", key, id))!;
            Forward(id, new InvoiceVerdict(key, other.Lsn, other.Header, duplicate, value.EventTimeMs));
        }
    }

    private void Tell(string group, string invoiceId, GroupMember member, Dictionary<string, bool> verdicts, GroupMembership input)
    {
        if (member.Header is not null)
        {
            Forward(invoiceId, new InvoiceVerdict(group, member.Lsn, member.Header, verdicts[invoiceId], input.EventTimeMs));
        }
        else if (input.Deleted)
        {
            Forward(invoiceId, new InvoiceVerdict(group, member.Lsn, null, false, input.EventTimeMs));
        }
    }

    /// <summary>Is each member an exact duplicate? A cancelled invoice's own group decides nothing.</summary>
    private Dictionary<string, bool> Decide(string group)
    {
        var members = Store.Scan<GroupMember>(PartKey.Of("m", group)).Where(m => m.Value.Header is not null).Select(m => m.Value.Header!).ToList();
        if (group.StartsWith("X|", StringComparison.Ordinal))
        {
            return members.ToDictionary(m => m.InvoiceId, _ => false, StringComparer.Ordinal);
        }

        return DuplicateInvoiceRule.Decide(members.Select(DuplicateCandidates.Of)).ToDictionary(v => v.InvoiceId, v => v.IsDuplicate, StringComparer.Ordinal);
    }
}
