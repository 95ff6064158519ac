using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Invoices.Completion;
using FinanceStreams.Topologies.Invoices.Desk;
using FinanceStreams.Topologies.Invoices.Duplicates;
using FinanceStreams.Topologies.Invoices.Flow;
using FinanceStreams.Topologies.Invoices.Messages;
using FinanceStreams.Topologies.Invoices.Reconciliation;
using FinanceStreams.Topologies.Outputs;
using FinanceStreams.Topologies.Rows;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Stream;

namespace FinanceStreams.Topologies.Invoices;

/// <summary>
/// Duplicate invoices, two/three-way matching, posting commands, compensation, posting completion and control totals
/// (domain.md §5–§8) as a Streamiz topology, incremental and versioned like the budget one. Invoice documents (header and
/// lines) go to the ledger of their supplier, which decides exact and suspected duplicates and sends what one source
/// event changed to each purchase-order file as one record; a file evaluates its invoices once per input and sends the
/// evaluations that changed to the invoices' desks, which decide status, commands, reversals and reports at once (no
/// settle time: no evaluation comes from a state the data never had). Commands and the ERP's acknowledgements meet in
/// the completion stage; invoices' and commands' contributions meet in the control totals.
/// </summary>
public static class InvoiceTopology
{
    /// <summary>The application id (consumer group and internal topic prefix).</summary>
    public const string ApplicationId = "finance-invoices";

    /// <summary>Adds the topology to <paramref name="builder"/>.</summary>
    public static void Build(StreamBuilder builder, InvoiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        options = options.Validated();
        var serdes = options.Serdes;
        var partitions = options.Partitions;
        var outputs = new OutputOptions(options.MaxLineageEntries, options.RuleVersion);

        var ledger = Documents(builder, options).AsInput()
            .Merge(CdcSources.Stream(builder, Topics.Suppliers, serdes, k => k.supplier_id, SupplierRow.From).Repartition(Wiring.Into<RowChange<SupplierRow>>("supplier-rows", partitions)).AsInput())
            .Transform(Wiring.Stage<SupplierLedgerStage, object, object>(SupplierLedgerStage.StateStore), "supplier-ledger-stage");
        ledger.Of<DuplicateReport>("suspected-duplicates").Emit(Topics.DuplicateInvoices, InvoiceOutputs.Report, serdes, outputs, "suspected-duplicates-emit", FinanceMetrics.Observe);

        var evaluations = Files(builder, options, ledger.Of<FileUpdate>("file-updates").Repartition(Wiring.Into<FileUpdate>("file-invoices", partitions)));
        var desk = evaluations.AsInput()
            .Merge(CdcSources.Stream(builder, Topics.CostCenters, serdes, k => k.cost_center, CostCenterRow.From).ToEveryPartition("desk-cost-centers", partitions).AsInput())
            .Merge(CdcSources.Stream(builder, Topics.FxRates, serdes, k => $"{k.from_currency}|{k.to_currency}|{k.rate_date:yyyy-MM-dd}", FxRateRow.From).ToEveryPartition("desk-fx-rates", partitions).AsInput())
            .Transform(Wiring.Stage<InvoiceDeskStage, object, DeskOutput>(InvoiceDeskStage.StateStore, options), "invoice-desk-stage");
        desk.Filter((_, o, _) => o.Status is not null || o.StatusDeleted, "invoice-status-filter").Emit(Topics.InvoiceStatus, InvoiceOutputs.Status, serdes, outputs, "invoice-status-emit", FinanceMetrics.Observe);
        desk.Filter((_, o, _) => o.Unmatched is not null, "unmatched-invoices-filter").Emit(Topics.UnmatchedInvoices, InvoiceOutputs.Unmatched, serdes, outputs, "unmatched-invoices-emit", FinanceMetrics.Observe);
        desk.Filter((_, o, _) => o.Duplicate is not null, "exact-duplicates-filter").Emit(Topics.DuplicateInvoices, InvoiceOutputs.ExactDuplicate, serdes, outputs, "exact-duplicates-emit", FinanceMetrics.Observe);
        desk.Filter((_, o, _) => o.Command is not null, "posting-commands-filter").Emit(Topics.PostingCommands, InvoiceOutputs.Command, serdes, outputs, "posting-commands-emit", FinanceMetrics.Observe);

        var issued = desk.Filter((_, o, _) => o.Issued is not null, "issued-commands-filter").MapValues((o, _) => o.Issued!, "issued-commands-value")
            .Repartition(Wiring.Into<IssuedCommand>("issued-commands", partitions));
        var acknowledgements = CdcSources.Stream(builder, Topics.GlPostings, serdes, k => k.posting_id, GlPostingRow.From)
            .Transform(Wiring.Stage<AcknowledgementRouter, RowChange<GlPostingRow>, RowChange<GlPostingRow>>(AcknowledgementRouter.StateStore), "acknowledgement-router")
            .Repartition(Wiring.Into<RowChange<GlPostingRow>>("command-acknowledgements", partitions));
        var completion = issued.AsInput().Merge(acknowledgements.AsInput())
            .Transform(Wiring.Stage<CompletionStage, object, object>(CompletionStage.StateStore, options), "posting-completion-stage");
        completion.Of<PostingStatusView>("posting-status").Emit(Topics.PostingStatus, InvoiceOutputs.Completion, serdes, outputs, "posting-status-emit", FinanceMetrics.Observe);

        desk.Filter((_, o, _) => o.Totals is not null, "invoice-tallies-filter").MapValues((o, _) => o.Totals!, "invoice-tallies-value")
            .Merge(completion.Of<TallyChange>("command-tallies"))
            .Repartition(Wiring.Into<TallyChange>("control-tallies", partitions))
            .Transform(Wiring.Stage<ControlTotalsStage, TallyChange, ControlTotalsView>(ControlTotalsStage.StateStore), "control-totals-stage")
            .Emit(Topics.Reconciliation, InvoiceOutputs.Totals, serdes, outputs, "reconciliation-emit", FinanceMetrics.Observe);
    }

    /// <summary>Invoice headers and lines, co-partitioned by invoice id, as documents keyed by supplier.</summary>
    private static IKStream<string, InvoiceDocument> Documents(StreamBuilder builder, InvoiceOptions options)
    {
        var (serdes, partitions) = (options.Serdes, options.Partitions);
        var headers = CdcSources.Stream(builder, Topics.SupplierInvoices, serdes, k => k.invoice_id, InvoiceRow.From)
            .Repartition(Wiring.Into<RowChange<InvoiceRow>>("invoice-headers", partitions));
        var lines = CdcSources.Stream(builder, Topics.SupplierInvoiceLines, serdes, k => $"{k.invoice_id}|{k.line_no}", InvoiceLineRow.From, k => k.invoice_id)
            .Repartition(Wiring.Into<RowChange<InvoiceLineRow>>("invoice-lines", partitions));
        return headers.AsInput().Merge(lines.AsInput())
            .Transform(Wiring.Stage<InvoiceDocumentStage, object, InvoiceDocument>(InvoiceDocumentStage.StateStore), "invoice-document-stage")
            .Repartition(Wiring.Into<InvoiceDocument>("supplier-documents", partitions));
    }

    /// <summary>Purchase orders, their lines and receipts with the invoices' updates, evaluated per file, keyed by invoice.</summary>
    private static IKStream<string, EvaluationChange> Files(StreamBuilder builder, InvoiceOptions options, IKStream<string, FileUpdate> updates)
    {
        var (serdes, partitions) = (options.Serdes, options.Partitions);
        var orders = CdcSources.Stream(builder, Topics.PurchaseOrders, serdes, k => k.po_id, PurchaseOrderRow.From)
            .Repartition(Wiring.Into<RowChange<PurchaseOrderRow>>("file-orders", partitions));
        var orderLines = CdcSources.Stream(builder, Topics.PurchaseOrderLines, serdes, k => $"{k.po_id}|{k.line_no}", PurchaseOrderLineRow.From, k => k.po_id)
            .Repartition(Wiring.Into<RowChange<PurchaseOrderLineRow>>("file-order-lines", partitions));
        var receipts = CdcSources.Stream(builder, Topics.GoodsReceipts, serdes, k => k.receipt_id, GoodsReceiptRow.From)
            .Transform(Wiring.Stage<ReceiptRouter, RowChange<GoodsReceiptRow>, RowChange<GoodsReceiptRow>>(ReceiptRouter.StateStore), "receipt-router")
            .Repartition(Wiring.Into<RowChange<GoodsReceiptRow>>("file-receipts", partitions));
        return orders.AsInput().Merge(orderLines.AsInput()).Merge(receipts.AsInput()).Merge(updates.AsInput())
            .Transform(Wiring.Stage<PurchaseOrderFileStage, object, EvaluationChange>(PurchaseOrderFileStage.StateStore), "purchase-order-file-stage")
            .Repartition(Wiring.Into<EvaluationChange>("invoice-evaluations", partitions));
    }
}
