using Avro.Specific;
using finance.budgeting;
using finance.erp;
using finance.procurement;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;

namespace FinanceStreams.Tests.Infrastructure;

/// <summary>Routes a contract row to its CDC topic and key, wrapped in a Debezium envelope.</summary>
internal static class CdcRouting
{
    public const long BaseTime = 1_773_000_000_000;

    public static void Send(ICdcSink sink, ISpecificRecord row, ISpecificRecord? before, ISpecificRecord? after, DebeziumOp op, long lsn, bool tombstoneOnly)
    {
        switch (row)
        {
            case CostCenter r: Pipe(sink, Topics.CostCenters, new CostCenterKey { cost_center = r.cost_center }, (CostCenter?)before, (CostCenter?)after, op, lsn, tombstoneOnly); break;
            case BudgetLine r: Pipe(sink, Topics.BudgetLines, new BudgetLineKey { budget_line_id = r.budget_line_id }, (BudgetLine?)before, (BudgetLine?)after, op, lsn, tombstoneOnly); break;
            case Requisition r: Pipe(sink, Topics.Requisitions, new RequisitionKey { requisition_id = r.requisition_id }, (Requisition?)before, (Requisition?)after, op, lsn, tombstoneOnly); break;
            case PurchaseOrder r: Pipe(sink, Topics.PurchaseOrders, new PurchaseOrderKey { po_id = r.po_id }, (PurchaseOrder?)before, (PurchaseOrder?)after, op, lsn, tombstoneOnly); break;
            case PurchaseOrderLine r: Pipe(sink, Topics.PurchaseOrderLines, new PurchaseOrderLineKey { po_id = r.po_id, line_no = r.line_no }, (PurchaseOrderLine?)before, (PurchaseOrderLine?)after, op, lsn, tombstoneOnly); break;
            case SupplierInvoice r: Pipe(sink, Topics.SupplierInvoices, new SupplierInvoiceKey { invoice_id = r.invoice_id }, (SupplierInvoice?)before, (SupplierInvoice?)after, op, lsn, tombstoneOnly); break;
            case SupplierInvoiceLine r: Pipe(sink, Topics.SupplierInvoiceLines, new SupplierInvoiceLineKey { invoice_id = r.invoice_id, line_no = r.line_no }, (SupplierInvoiceLine?)before, (SupplierInvoiceLine?)after, op, lsn, tombstoneOnly); break;
            case Supplier r: Pipe(sink, Topics.Suppliers, new SupplierKey { supplier_id = r.supplier_id }, (Supplier?)before, (Supplier?)after, op, lsn, tombstoneOnly); break;
            case GoodsReceipt r: Pipe(sink, Topics.GoodsReceipts, new GoodsReceiptKey { receipt_id = r.receipt_id }, (GoodsReceipt?)before, (GoodsReceipt?)after, op, lsn, tombstoneOnly); break;
            case GlPosting r: Pipe(sink, Topics.GlPostings, new GlPostingKey { posting_id = r.posting_id }, (GlPosting?)before, (GlPosting?)after, op, lsn, tombstoneOnly); break;
            case FxRate r: Pipe(sink, Topics.FxRates, new FxRateKey { from_currency = r.from_currency, to_currency = r.to_currency, rate_date = r.rate_date }, (FxRate?)before, (FxRate?)after, op, lsn, tombstoneOnly); break;
            default: throw new ArgumentException($"No CDC topic for {row.GetType().Name}.", nameof(row));
        }
    }

    private static void Pipe<TKey, TRow>(ICdcSink sink, Topic<TKey, DebeziumEnvelope<TRow>> topic, TKey key, TRow? before, TRow? after, DebeziumOp op, long lsn, bool tombstoneOnly)
        where TRow : class, ISpecificRecord
    {
        var ts = BaseTime + (lsn * 1000);
        var envelope = tombstoneOnly ? null : new DebeziumEnvelope<TRow>(before, after, new finance.cdc.Source { name = "test", table = topic.Name, lsn = lsn, ts_ms = ts }, op, ts);
        sink.Write(topic, key, envelope, ts);
    }
}
