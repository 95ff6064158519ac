using Avro.Specific;
using finance.audit;
using finance.budget;
using finance.budgeting;
using finance.dlq;
using finance.erp;
using finance.matching;
using finance.posting;
using finance.procurement;
using finance.reconciliation;
using FinanceStreams.Contracts.Cdc;

namespace FinanceStreams.Contracts.Catalog;

/// <summary>
/// Every topic of the pipeline (domain.md) with its types and serdes: the only place a topic
/// name is written. CDC inputs read Avro or Debezium JSON; outputs are Confluent Avro.
/// </summary>
public static class Topics
{
    /// <summary>Partitions of every topic: one count keeps joins co-partitioned.</summary>
    public const int Partitions = 3;

    /// <summary>budgeting.public.cost_centers.</summary>
    public static readonly Topic<CostCenterKey, DebeziumEnvelope<CostCenter>> CostCenters = Cdc<CostCenterKey, CostCenter, CostCenterEnvelope>("budgeting.public.cost_centers");

    /// <summary>budgeting.public.budget_lines.</summary>
    public static readonly Topic<BudgetLineKey, DebeziumEnvelope<BudgetLine>> BudgetLines = Cdc<BudgetLineKey, BudgetLine, BudgetLineEnvelope>("budgeting.public.budget_lines");

    /// <summary>procurement.public.suppliers.</summary>
    public static readonly Topic<SupplierKey, DebeziumEnvelope<Supplier>> Suppliers = Cdc<SupplierKey, Supplier, SupplierEnvelope>("procurement.public.suppliers");

    /// <summary>procurement.public.requisitions.</summary>
    public static readonly Topic<RequisitionKey, DebeziumEnvelope<Requisition>> Requisitions = Cdc<RequisitionKey, Requisition, RequisitionEnvelope>("procurement.public.requisitions");

    /// <summary>procurement.public.purchase_orders.</summary>
    public static readonly Topic<PurchaseOrderKey, DebeziumEnvelope<PurchaseOrder>> PurchaseOrders = Cdc<PurchaseOrderKey, PurchaseOrder, PurchaseOrderEnvelope>("procurement.public.purchase_orders");

    /// <summary>procurement.public.purchase_order_lines.</summary>
    public static readonly Topic<PurchaseOrderLineKey, DebeziumEnvelope<PurchaseOrderLine>> PurchaseOrderLines = Cdc<PurchaseOrderLineKey, PurchaseOrderLine, PurchaseOrderLineEnvelope>("procurement.public.purchase_order_lines");

    /// <summary>procurement.public.goods_receipts.</summary>
    public static readonly Topic<GoodsReceiptKey, DebeziumEnvelope<GoodsReceipt>> GoodsReceipts = Cdc<GoodsReceiptKey, GoodsReceipt, GoodsReceiptEnvelope>("procurement.public.goods_receipts");

    /// <summary>erp.public.supplier_invoices.</summary>
    public static readonly Topic<SupplierInvoiceKey, DebeziumEnvelope<SupplierInvoice>> SupplierInvoices = Cdc<SupplierInvoiceKey, SupplierInvoice, SupplierInvoiceEnvelope>("erp.public.supplier_invoices");

    /// <summary>erp.public.supplier_invoice_lines.</summary>
    public static readonly Topic<SupplierInvoiceLineKey, DebeziumEnvelope<SupplierInvoiceLine>> SupplierInvoiceLines = Cdc<SupplierInvoiceLineKey, SupplierInvoiceLine, SupplierInvoiceLineEnvelope>("erp.public.supplier_invoice_lines");

    /// <summary>erp.public.fx_rates.</summary>
    public static readonly Topic<FxRateKey, DebeziumEnvelope<FxRate>> FxRates = Cdc<FxRateKey, FxRate, FxRateEnvelope>("erp.public.fx_rates");

    /// <summary>erp.public.gl_postings: the ERP's acknowledgements of posting commands.</summary>
    public static readonly Topic<GlPostingKey, DebeziumEnvelope<GlPosting>> GlPostings = Cdc<GlPostingKey, GlPosting, GlPostingEnvelope>("erp.public.gl_postings");

    /// <summary>Running budget consumption per bucket (compacted).</summary>
    public static readonly Topic<BudgetBucketKey, BudgetConsumption> BudgetConsumption = Output<BudgetBucketKey, BudgetConsumption>("finance.budget-consumption", CleanupPolicy.Compact);

    /// <summary>One event per change of a bucket's budget status.</summary>
    public static readonly Topic<BudgetBucketKey, BudgetAlert> BudgetAlerts = Output<BudgetBucketKey, BudgetAlert>("finance.budget-alerts", CleanupPolicy.Delete);

    /// <summary>Budget availability checks of requisitions and purchase orders.</summary>
    public static readonly Topic<BudgetCheckKey, BudgetCheck> BudgetChecks = Output<BudgetCheckKey, BudgetCheck>("finance.budget-checks", CleanupPolicy.Delete);

    /// <summary>Business duplicates of invoices (exact, exact after posting, suspected).</summary>
    public static readonly Topic<SupplierInvoiceKey, DuplicateInvoice> DuplicateInvoices = Output<SupplierInvoiceKey, DuplicateInvoice>("finance.duplicate-invoices", CleanupPolicy.Delete);

    /// <summary>Current match status per invoice (compacted).</summary>
    public static readonly Topic<SupplierInvoiceKey, InvoiceStatus> InvoiceStatus = Output<SupplierInvoiceKey, InvoiceStatus>("finance.invoice-status", CleanupPolicy.Compact);

    /// <summary>Invoices becoming unmatched, resolved, or changed after posting.</summary>
    public static readonly Topic<SupplierInvoiceKey, UnmatchedInvoice> UnmatchedInvoices = Output<SupplierInvoiceKey, UnmatchedInvoice>("finance.unmatched-invoices", CleanupPolicy.Delete);

    /// <summary>Enriched posting commands (and reversals) for the ERP.</summary>
    public static readonly Topic<PostingCommandKey, PostingCommand> PostingCommands = Output<PostingCommandKey, PostingCommand>("erp.posting-commands", CleanupPolicy.Delete);

    /// <summary>Completion of each posting command from the ERP's acknowledgements (compacted).</summary>
    public static readonly Topic<PostingCommandKey, PostingStatus> PostingStatus = Output<PostingCommandKey, PostingStatus>("finance.posting-status", CleanupPolicy.Compact);

    /// <summary>Control totals per company, period and currency (compacted).</summary>
    public static readonly Topic<ReconciliationKey, ReconciliationTotals> Reconciliation = Output<ReconciliationKey, ReconciliationTotals>("finance.reconciliation", CleanupPolicy.Compact);

    /// <summary>Audit trail of decisions.</summary>
    public static readonly Topic<AuditEventKey, AuditEvent> Audit = Output<AuditEventKey, AuditEvent>("finance.audit", CleanupPolicy.Delete);

    /// <summary>Records that could not be read or processed, kept for replay.</summary>
    public static readonly Topic<DeadLetterKey, DeadLetter> DeadLetters = Output<DeadLetterKey, DeadLetter>("finance.dlq", CleanupPolicy.Delete);

    /// <summary>Every topic of the catalog.</summary>
    public static IReadOnlyList<ITopic> Entries =>
    [
        CostCenters, BudgetLines, Suppliers, Requisitions, PurchaseOrders, PurchaseOrderLines, GoodsReceipts,
        SupplierInvoices, SupplierInvoiceLines, FxRates, GlPostings,
        BudgetConsumption, BudgetAlerts, BudgetChecks, DuplicateInvoices, InvoiceStatus, UnmatchedInvoices,
        PostingCommands, PostingStatus, Reconciliation, Audit, DeadLetters,
    ];

    /// <summary>Specs of every topic, for pre-creation.</summary>
    public static IReadOnlyList<TopicSpec> All => Entries.Select(topic => topic.Spec).ToList();

    private static Topic<TKey, DebeziumEnvelope<TRow>> Cdc<TKey, TRow, TEnvelope>(string name)
        where TKey : class, ISpecificRecord, new()
        where TRow : class, ISpecificRecord
        where TEnvelope : class, ISpecificRecord, new() =>
        new(name, Partitions, CleanupPolicy.Compact, serdes => serdes.CdcRecord<TKey>(), serdes => serdes.Debezium<TRow, TEnvelope>());

    private static Topic<TKey, TValue> Output<TKey, TValue>(string name, CleanupPolicy cleanupPolicy)
        where TKey : class, ISpecificRecord
        where TValue : class, ISpecificRecord =>
        new(name, Partitions, cleanupPolicy, serdes => serdes.Avro<TKey>(), serdes => serdes.Avro<TValue>());
}
