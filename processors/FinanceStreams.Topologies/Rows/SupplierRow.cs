using finance.procurement;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of a <c>procurement.public.suppliers</c> row.</summary>
public sealed record SupplierRow(string SupplierId, string Name, string? TaxId, string Country, SupplierStatus Status, string? ApAccount, SourceRef Source)
{
    /// <summary>The accounts-payable account used when the supplier has none.</summary>
    public const string DefaultApAccount = "211000";

    /// <summary>Maps the generated row.</summary>
    public static SupplierRow From(Supplier row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.supplier_id, row.name, row.tax_id, row.country, row.status, row.ap_account, source);
    }
}
