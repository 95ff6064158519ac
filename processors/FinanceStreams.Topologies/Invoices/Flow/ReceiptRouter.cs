using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Flow;

/// <summary>Goods receipts to the file of their PO.</summary>
public sealed class ReceiptRouter : RowRouter<GoodsReceiptRow>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "receipt-routes";

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    /// <inheritdoc/>
    protected override string RouteOf(GoodsReceiptRow row) => row.PoId;
}
