using finance.procurement;
using MessagePack;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of a <c>procurement.public.suppliers</c> row.</summary>
[MessagePackObject]
public sealed record SupplierRow([property: Key(0)] string SupplierId, [property: Key(1)] string Name, [property: Key(2)] string? TaxId, [property: Key(3)] string Country, [property: Key(4)] SupplierStatus Status, [property: Key(5)] string? ApAccount, [property: Key(6)] SourceRef Source) : ILocated<SupplierRow>
{
    /// <inheritdoc/>
    public SupplierRow At(SourceRef source) => this with { Source = source };

    /// <summary>The accounts-payable account used when the supplier has none.</summary>
    public const string DefaultApAccount = "211000";

    /// <summary>Maps the generated row.</summary>
    public static SupplierRow From(Supplier row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.supplier_id, row.name, row.tax_id, row.country, row.status, row.ap_account, source);
    }
}
