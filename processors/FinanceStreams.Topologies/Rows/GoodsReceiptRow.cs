using finance.procurement;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of a <c>procurement.public.goods_receipts</c> row.</summary>
public sealed record GoodsReceiptRow(string ReceiptId, string PoId, int LineNo, decimal Quantity, long ReceivedAtMs, GoodsReceiptStatus Status, SourceRef Source)
{
    /// <summary>Maps the generated row.</summary>
    public static GoodsReceiptRow From(GoodsReceipt row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.receipt_id, row.po_id, row.line_no, RowCheck.NonNegative(row.quantity.ToDecimal(), "quantity"), row.received_at.ToInstant().ToUnixTimeMilliseconds(), row.status, source);
    }
}
