using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Flow;

/// <summary>The key of the purchase-order file an invoice is evaluated in: its header's PO, or a file of its own without one.</summary>
public static class FileKeys
{
    private const string OwnFile = "~";

    /// <summary>The file of <paramref name="header"/>.</summary>
    public static string Of(InvoiceRow header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return header.PoId ?? OwnFile + header.InvoiceId;
    }

    /// <summary>The PO of a file, null for an invoice's own file.</summary>
    public static string? PoOf(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.StartsWith(OwnFile, StringComparison.Ordinal) ? null : file;
    }
}
