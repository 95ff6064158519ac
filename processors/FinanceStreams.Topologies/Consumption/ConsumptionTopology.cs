using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Consumption.Bucketing;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Consumption.Stages;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Processors.Public;
using Streamiz.Kafka.Net.Stream;

namespace FinanceStreams.Topologies.Consumption;

/// <summary>
/// Running budget consumption, budget alerts and budget availability checks (domain.md §2–§4) as
/// a Streamiz topology, incremental: each source table is read last-writer-wins by lsn in the stage
/// that owns its key; document stages derive each line's contribution to its bucket and send only
/// what changed, versioned; the bucket stage (by cost center) applies a source event's changes
/// together, converts with the rates it holds, and keeps totals as sums of stored contributions.
/// </summary>
public static class ConsumptionTopology
{
    /// <summary>The application id (consumer group and internal topic prefix).</summary>
    public const string ApplicationId = "finance-budget";

    /// <summary>Adds the topology to <paramref name="builder"/>.</summary>
    public static void Build(StreamBuilder builder, BudgetOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var serdes = options.Serdes;
        var partitions = options.Partitions;

        var budgetItems = CdcSources.Stream(builder, Topics.BudgetLines, serdes, k => k.budget_line_id, BudgetLineRow.From)
            .Transform(Wiring.Stage<BudgetLineStage, RowChange<BudgetLineRow>, ItemBatch>(BudgetLineStage.StateStore), "budget-line-stage")
            .Repartition(Wiring.Into<ItemBatch>("bucket-budget-lines", partitions));
        var costCenters = CdcSources.Stream(builder, Topics.CostCenters, serdes, k => k.cost_center, CostCenterRow.From)
            .Repartition(Wiring.Into<RowChange<CostCenterRow>>("bucket-cost-centers", partitions));
        var rates = CdcSources.Stream(builder, Topics.FxRates, serdes, k => $"{k.from_currency}|{k.to_currency}|{k.rate_date:yyyy-MM-dd}", FxRateRow.From)
            .ToEveryPartition("bucket-fx-rates", partitions);

        var documentItems = DocumentItems(builder, options);
        var emissions = Wiring.AsInput(budgetItems)
            .Merge(Wiring.AsInput(documentItems))
            .Merge(Wiring.AsInput(costCenters))
            .Merge(Wiring.AsInput(rates))
            .Transform(TransformerBuilder.New<string, object, string, BudgetEmission>().Transformer<BucketStage>(options.Settle).StateStore(StageStore.Builder(BucketStage.StateStore)).Build(), "bucket-stage");

        BudgetSinks.To(emissions, serdes);
    }

    /// <summary>Requisitions, POs and invoices: the contribution batches of the requisition stage, keyed by cost center.</summary>
    private static IKStream<string, ItemBatch> DocumentItems(StreamBuilder builder, BudgetOptions options)
    {
        var serdes = options.Serdes;
        var partitions = options.Partitions;
        var verdicts = CdcSources.Stream(builder, Topics.SupplierInvoices, serdes, k => k.invoice_id, InvoiceRow.From)
            .Transform(Wiring.Stage<InvoiceHeaderStage, RowChange<InvoiceRow>, GroupMembership>(InvoiceHeaderStage.StateStore), "invoice-header-stage")
            .Repartition(Wiring.Into<GroupMembership>("duplicate-group-members", partitions))
            .Transform(Wiring.Stage<DuplicateGroupStage, GroupMembership, InvoiceVerdict>(DuplicateGroupStage.StateStore), "duplicate-group-stage")
            .Repartition(Wiring.Into<InvoiceVerdict>("invoice-verdicts", partitions));
        var invoiceLines = CdcSources.Stream(builder, Topics.SupplierInvoiceLines, serdes, k => $"{k.invoice_id}|{k.line_no}", InvoiceLineRow.From, k => k.invoice_id)
            .Repartition(Wiring.Into<RowChange<InvoiceLineRow>>("invoice-lines", partitions));
        var invoiced = Wiring.AsInput(verdicts).Merge(Wiring.AsInput(invoiceLines))
            .Transform(Wiring.Stage<InvoiceStage, object, InvoicedLineChange>(InvoiceStage.StateStore), "invoice-stage")
            .Repartition(Wiring.Into<InvoicedLineChange>("order-invoiced-lines", partitions));

        var orders = CdcSources.Stream(builder, Topics.PurchaseOrders, serdes, k => k.po_id, PurchaseOrderRow.From)
            .Repartition(Wiring.Into<RowChange<PurchaseOrderRow>>("order-headers", partitions));
        var orderLines = CdcSources.Stream(builder, Topics.PurchaseOrderLines, serdes, k => $"{k.po_id}|{k.line_no}", PurchaseOrderLineRow.From, k => k.po_id)
            .Repartition(Wiring.Into<RowChange<PurchaseOrderLineRow>>("order-lines", partitions));
        var reports = Wiring.AsInput(orders).Merge(Wiring.AsInput(orderLines)).Merge(Wiring.AsInput(invoiced))
            .Transform(Wiring.Stage<PurchaseOrderStage, object, PurchaseOrderReport>(PurchaseOrderStage.StateStore), "purchase-order-stage")
            .Repartition(Wiring.Into<PurchaseOrderReport>("requisition-orders", partitions));

        var requisitions = CdcSources.Stream(builder, Topics.Requisitions, serdes, k => k.requisition_id, RequisitionRow.From)
            .Repartition(Wiring.Into<RowChange<RequisitionRow>>("requisition-rows", partitions));
        return Wiring.AsInput(requisitions).Merge(Wiring.AsInput(reports))
            .Transform(Wiring.Stage<RequisitionStage, object, ItemBatch>(RequisitionStage.StateStore), "requisition-stage")
            .Repartition(Wiring.Into<ItemBatch>("bucket-documents", partitions));
    }
}
