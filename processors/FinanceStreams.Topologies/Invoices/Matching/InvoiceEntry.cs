using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Invoices.Matching;

/// <summary>
/// An invoice header with its supplier row and exact-duplicate verdict, carried together through the
/// supplier dossier and the duplicate group so the match rules never see a header without them.
/// </summary>
/// <param name="Header">The header row.</param>
/// <param name="Supplier">The supplier row, null while unknown.</param>
/// <param name="Verdict">The exact-duplicate verdict, null for a cancelled invoice (and before the group).</param>
public sealed record InvoiceEntry(InvoiceRow Header, SupplierRow? Supplier, DuplicateVerdict? Verdict);
