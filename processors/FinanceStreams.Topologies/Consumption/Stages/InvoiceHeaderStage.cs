using finance.erp;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Consumption.Stages;

/// <summary>
/// Invoice headers, keyed by invoice_id on their source partitions: each version goes to its
/// exact-duplicate group (a cancelled invoice is alone in <c>X|&lt;id&gt;</c>), and every group it
/// was in before hears that it left (or was deleted).
/// </summary>
public sealed class InvoiceHeaderStage : Stage<RowChange<InvoiceRow>, GroupMembership>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "invoice-headers";

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    /// <summary>The group of an invoice version.</summary>
    public static string GroupOf(InvoiceRow invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return invoice.Status == SupplierInvoiceStatus.CANCELLED ? $"X|{invoice.InvoiceId}" : DuplicateInvoiceRule.GroupKey(DuplicateCandidates.Of(invoice))!;
    }

    /// <inheritdoc/>
    protected override void Handle(string key, RowChange<InvoiceRow> value)
    {
        var (state, _) = RowTable.Apply(Store, PartKey.Of("row", key), value);
        var group = state.Row is null ? null : GroupOf(state.Row);
        foreach (var former in Targets.Former(Store, PartKey.Of("group", key), group))
        {
            Forward(former, new GroupMembership(key, state.Lsn, null, state.Row is null, state.Source.TsMs));
        }

        if (group is not null)
        {
            Forward(group, new GroupMembership(key, state.Lsn, state.Row, false, state.Source.TsMs));
        }
    }
}
