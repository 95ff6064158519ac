using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Matching;

/// <summary>An invoice as the match rules read it: header, lines, its exact-duplicate verdict and its supplier.</summary>
/// <param name="Header">The header row.</param>
/// <param name="Lines">The lines, by line number.</param>
/// <param name="Verdict">The verdict of the header's current duplicate group (null for a cancelled invoice or before the group has decided).</param>
/// <param name="Supplier">The invoice's supplier row, null while unknown.</param>
[MessagePackObject]
public sealed record InvoiceBundle([property: Key(0)] InvoiceRow Header, [property: Key(1)] IReadOnlyList<InvoiceLineRow> Lines, [property: Key(2)] DuplicateVerdict? Verdict, [property: Key(3)] SupplierRow? Supplier)
{
    /// <summary>Whether its lines count in the invoiced quantities of PO lines: not cancelled and not an exact duplicate.</summary>
    [IgnoreMember]
    public bool Counts => Header.Status != finance.erp.SupplierInvoiceStatus.CANCELLED && Verdict is not { IsDuplicate: true };

    /// <summary>The PO a line references: its own po_id, else the header's.</summary>
    public string? PoOf(InvoiceLineRow line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.PoId ?? Header.PoId;
    }
}
