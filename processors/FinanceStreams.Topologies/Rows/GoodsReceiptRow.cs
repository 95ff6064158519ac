using finance.procurement;
using FinanceStreams.Contracts.Conversions;
using MessagePack;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of a <c>procurement.public.goods_receipts</c> row.</summary>
[MessagePackObject]
public sealed record GoodsReceiptRow([property: Key(0)] string ReceiptId, [property: Key(1)] string PoId, [property: Key(2)] int LineNo, [property: Key(3)] decimal Quantity, [property: Key(4)] long ReceivedAtMs, [property: Key(5)] GoodsReceiptStatus Status, [property: Key(6)] SourceRef Source) : ILocated<GoodsReceiptRow>
{
    /// <inheritdoc/>
    public GoodsReceiptRow At(SourceRef source) => this with { Source = source };

    /// <summary>Maps the generated row.</summary>
    public static GoodsReceiptRow From(GoodsReceipt row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.receipt_id, row.po_id, row.line_no, RowCheck.NonNegative(row.quantity.ToDecimal(), "quantity"), row.received_at.ToInstant().ToUnixTimeMilliseconds(), row.status, source);
    }
}
