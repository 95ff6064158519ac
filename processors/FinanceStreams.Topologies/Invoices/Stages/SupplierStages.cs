using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Stages;

/// <summary>Suppliers: the supplier dossier (row and the invoices that name it) hands the row to each of its invoices.</summary>
public static class SupplierStages
{
    /// <summary>The row goes to its supplier dossier.</summary>
    public static IEnumerable<TargetedPart> Row(string key, SupplierRow supplier) => [new(key, "row", new Part { Supplier = supplier })];

    /// <summary>An invoice registers with its supplier's dossier.</summary>
    public static IEnumerable<TargetedPart> Invoice(string key, InvoiceRow invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return [new(invoice.SupplierId, "ref", new Part { Reference = key })];
    }

    /// <summary>Every registered invoice gets the supplier row.</summary>
    public static IEnumerable<TargetedPart> ToInvoices(string supplierId, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var row = dossier.One(p => p.Supplier);
        return row is null ? [] : dossier.All(p => p.Reference).Select(invoiceId => new TargetedPart(invoiceId, "supplier", new Part { Supplier = row }));
    }
}
