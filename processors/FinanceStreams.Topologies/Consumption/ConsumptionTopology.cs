using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Streaming.Serialization;
using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Consumption.Bucketing;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Consumption.Stages;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Processors.Public;
using Streamiz.Kafka.Net.SerDes;
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
        var copies = partitions ?? Topics.Partitions;

        var budgetItems = CdcSources.Stream(builder, Topics.BudgetLines, serdes, k => k.budget_line_id, BudgetLineRow.From)
            .Transform(Stage<BudgetLineStage, RowChange<BudgetLineRow>, ItemBatch>(BudgetLineStage.StateStore), "budget-line-stage")
            .Repartition(Into<ItemBatch>("bucket-budget-lines", partitions));
        var costCenters = CdcSources.Stream(builder, Topics.CostCenters, serdes, k => k.cost_center, CostCenterRow.From)
            .Repartition(Into<RowChange<CostCenterRow>>("bucket-cost-centers", partitions));
        var rates = CdcSources.Stream(builder, Topics.FxRates, serdes, k => $"{k.from_currency}|{k.to_currency}|{k.rate_date:yyyy-MM-dd}", FxRateRow.From)
            .FlatMap((key, change, _) => Enumerable.Range(0, copies).Select(p => KeyValuePair.Create(Broadcast.Key(p), change)), "fx-rates-broadcast")
            .Repartition(Into<RowChange<FxRateRow>>("bucket-fx-rates", partitions).WithStreamPartitioner(Broadcast.Partition));

        var documentItems = DocumentItems(builder, options);
        var emissions = AsInput(budgetItems)
            .Merge(AsInput(documentItems))
            .Merge(AsInput(costCenters))
            .Merge(AsInput(rates))
            .Transform(TransformerBuilder.New<string, object, string, BudgetEmission>().Transformer<BucketStage>(options.Settle).StateStore(StageStore.Builder(BucketStage.StateStore)).Build(), "bucket-stage");

        BudgetSinks.To(emissions, serdes);
    }

    /// <summary>Requisitions, POs and invoices: the contribution batches of the requisition stage, keyed by cost center.</summary>
    private static IKStream<string, ItemBatch> DocumentItems(StreamBuilder builder, BudgetOptions options)
    {
        var serdes = options.Serdes;
        var partitions = options.Partitions;
        var verdicts = CdcSources.Stream(builder, Topics.SupplierInvoices, serdes, k => k.invoice_id, InvoiceRow.From)
            .Transform(Stage<InvoiceHeaderStage, RowChange<InvoiceRow>, GroupMembership>(InvoiceHeaderStage.StateStore), "invoice-header-stage")
            .Repartition(Into<GroupMembership>("duplicate-group-members", partitions))
            .Transform(Stage<DuplicateGroupStage, GroupMembership, InvoiceVerdict>(DuplicateGroupStage.StateStore), "duplicate-group-stage")
            .Repartition(Into<InvoiceVerdict>("invoice-verdicts", partitions));
        var invoiceLines = CdcSources.Stream(builder, Topics.SupplierInvoiceLines, serdes, k => $"{k.invoice_id}|{k.line_no}", InvoiceLineRow.From, k => k.invoice_id)
            .Repartition(Into<RowChange<InvoiceLineRow>>("invoice-lines", partitions));
        var invoiced = AsInput(verdicts).Merge(AsInput(invoiceLines))
            .Transform(Stage<InvoiceStage, object, InvoicedLineChange>(InvoiceStage.StateStore), "invoice-stage")
            .Repartition(Into<InvoicedLineChange>("order-invoiced-lines", partitions));

        var orders = CdcSources.Stream(builder, Topics.PurchaseOrders, serdes, k => k.po_id, PurchaseOrderRow.From)
            .Repartition(Into<RowChange<PurchaseOrderRow>>("order-headers", partitions));
        var orderLines = CdcSources.Stream(builder, Topics.PurchaseOrderLines, serdes, k => $"{k.po_id}|{k.line_no}", PurchaseOrderLineRow.From, k => k.po_id)
            .Repartition(Into<RowChange<PurchaseOrderLineRow>>("order-lines", partitions));
        var reports = AsInput(orders).Merge(AsInput(orderLines)).Merge(AsInput(invoiced))
            .Transform(Stage<PurchaseOrderStage, object, PurchaseOrderReport>(PurchaseOrderStage.StateStore), "purchase-order-stage")
            .Repartition(Into<PurchaseOrderReport>("requisition-orders", partitions));

        var requisitions = CdcSources.Stream(builder, Topics.Requisitions, serdes, k => k.requisition_id, RequisitionRow.From)
            .Repartition(Into<RowChange<RequisitionRow>>("requisition-rows", partitions));
        return AsInput(requisitions).Merge(AsInput(reports))
            .Transform(Stage<RequisitionStage, object, ItemBatch>(RequisitionStage.StateStore), "requisition-stage")
            .Repartition(Into<ItemBatch>("bucket-documents", partitions));
    }

    /// <summary>A repartition topic of compact values; its partition count is the sources' unless set.</summary>
    private static Repartitioned<string, T> Into<T>(string name, int? partitions)
        where T : class
    {
        var repartitioned = Repartitioned<string, T>.Create<StringSerDes, CompactSerDes<T>>().WithName(name);
        return partitions is { } count ? repartitioned.WithNumberOfPartitions(count) : repartitioned;
    }

    private static IKStream<string, object> AsInput<T>(IKStream<string, T> stream) => stream.MapValues<object>((v, _) => v!);

    private static TransformerSupplier<string, TIn, string, TOut> Stage<TStage, TIn, TOut>(string store)
        where TStage : Stage<TIn, TOut>, new() =>
        TransformerBuilder.New<string, TIn, string, TOut>().Transformer<TStage>().StateStore(StageStore.Builder(store)).Build();
}
