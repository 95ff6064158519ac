using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Ingestion;
using FinanceStreams.Topologies.Invoices.Completion;
using FinanceStreams.Topologies.Invoices.Desk;
using FinanceStreams.Topologies.Invoices.Reconciliation;
using FinanceStreams.Topologies.Invoices.Stages;
using FinanceStreams.Topologies.Outputs;
using FinanceStreams.Topologies.Rows;
using StreamKit.Dsl;
using StreamKit.Graph;
using StreamKit.Serialization;
using StreamKit.State;

namespace FinanceStreams.Topologies.Invoices;

/// <summary>
/// Duplicate invoices, two/three-way matching, posting commands, compensation, posting completion and
/// control totals (domain.md §5–§8). Source tables are read last-writer-wins by lsn and co-grouped like
/// the budget topology (duplicate groups, suppliers, invoices, PO files, evaluations, suspect windows,
/// command completion, control totals); two stateful desks add what depends on history or on stream
/// time: the invoice desk (grace period, one command per invoice, reversals, reports) and the completion
/// desk (acknowledgement timeout). Cost centers and FX rates only enrich commands and are global stores.
/// </summary>
public static class InvoiceTopology
{
    /// <summary>The application id (consumer group and internal topic prefix).</summary>
    public const string ApplicationId = "finance-invoices";

    /// <summary>Name of the co-group of commands and acknowledgements.</summary>
    public const string CompletionGroup = "posting-completion";

    /// <summary>Name of the co-group of invoice evaluations; its part store <c>invoice-evaluations-parts</c> is queryable by invoice id (<see cref="DossierParts.Read"/>).</summary>
    public const string EvaluationGroup = "invoice-evaluations";

    /// <summary>Adds the topology to <paramref name="builder"/> (create it with <see cref="ApplicationId"/>).</summary>
    public static void Build(StreamsBuilder builder, InvoiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        options = options.Validated();
        var serdes = options.Serdes;
        var partitions = options.Partitions;
        var suppliers = CdcIngestion.Table(builder, Topics.Suppliers, serdes, k => k.supplier_id, SupplierRow.From);
        var orders = CdcIngestion.Table(builder, Topics.PurchaseOrders, serdes, k => k.po_id, PurchaseOrderRow.From);
        var orderLines = CdcIngestion.Table(builder, Topics.PurchaseOrderLines, serdes, k => $"{k.po_id}|{k.line_no}", PurchaseOrderLineRow.From);
        var receipts = CdcIngestion.Table(builder, Topics.GoodsReceipts, serdes, k => k.receipt_id, GoodsReceiptRow.From);
        var invoices = CdcIngestion.Table(builder, Topics.SupplierInvoices, serdes, k => k.invoice_id, InvoiceRow.From);
        var invoiceLines = CdcIngestion.Table(builder, Topics.SupplierInvoiceLines, serdes, k => $"{k.invoice_id}|{k.line_no}", InvoiceLineRow.From);
        var acknowledgements = CdcIngestion.Table(builder, Topics.GlPostings, serdes, k => k.posting_id, GlPostingRow.From);
        var stores = new InvoiceStores(
            "invoice-desk-states",
            "invoice-desk-deadlines",
            "invoice-desk-settling",
            "posting-completion-states",
            "posting-completion-deadlines",
            CdcReferenceTable.Add(builder, Topics.CostCenters, serdes, k => k.cost_center, CostCenterRow.From),
            CdcReferenceTable.Add(builder, Topics.FxRates, serdes, k => $"{k.from_currency}|{k.to_currency}|{k.rate_date:yyyy-MM-dd}", FxRateRow.From));
        AddStore<DeskState>(builder, stores.DeskStates);
        AddStore<string>(builder, stores.DeskDeadlines);
        AddStore<string>(builder, stores.DeskSettling);
        AddStore<PostingStatusView>(builder, stores.CompletionStates);
        AddStore<string>(builder, stores.CompletionDeadlines);

        var supplierChanges = new CoGroup(builder, "suppliers", partitions)
            .Add(suppliers.Changes, SupplierStages.Row)
            .Add(invoices.Changes, SupplierStages.Invoice)
            .Aggregate();
        var groupChanges = new CoGroup(builder, "duplicate-groups", partitions).Add(supplierChanges, SupplierStages.Entries).Aggregate();
        var invoiceChanges = new CoGroup(builder, "invoices", partitions)
            .Add(groupChanges, SupplierStages.Verdicts)
            .Add(invoiceLines.Changes, InvoiceLineStages.Line)
            .Aggregate();
        var files = new CoGroup(builder, "purchase-order-files", partitions)
            .Add(orders.Changes, MatchStages.Order)
            .Add(orderLines.Changes, MatchStages.OrderLine)
            .Add(receipts.Changes, MatchStages.Receipt)
            .Add(invoiceChanges, MatchStages.Bundle)
            .Aggregate();
        var desk = new CoGroup(builder, EvaluationGroup, partitions)
            .Add(files, MatchStages.Evaluations)
            .Aggregate()
            .Process(() => new InvoiceDeskProcessor(options, stores), Serdes.String, TopologyJson.Serde<DeskOutput>(), "invoice-desk", stores.DeskStates, stores.DeskDeadlines, stores.DeskSettling);
        Emit(desk, Topics.InvoiceStatus, InvoiceOutputs.Status, options, "invoice-status-emit", FinanceMetrics.Observe);
        Emit(desk, Topics.UnmatchedInvoices, InvoiceOutputs.Unmatched, options, "unmatched-invoices-emit", FinanceMetrics.Observe);
        Emit(desk, Topics.DuplicateInvoices, InvoiceOutputs.ExactDuplicate, options, "exact-duplicates-emit", FinanceMetrics.Observe);
        Emit(desk, Topics.PostingCommands, InvoiceOutputs.Command, options, "posting-commands-emit", FinanceMetrics.Observe);

        var suspects = new CoGroup(builder, "suspect-windows", partitions).Add(invoiceChanges, SuspectStages.Candidates).Aggregate();
        Emit(suspects, Topics.DuplicateInvoices, SuspectStages.Reports, options, "suspected-duplicates-emit", FinanceMetrics.Observe);

        var issued = desk.FlatMap(
            (_, o) => o.Issued is { } c ? [KeyValuePair.Create(c.CommandId, new Change<IssuedCommand>(Optional<IssuedCommand>.Some(c), Optional<IssuedCommand>.None))] : Array.Empty<KeyValuePair<string, Change<IssuedCommand>>>(),
            Serdes.String, new ChangeJsonSerde<IssuedCommand>(), "issued-commands");
        var completion = new CoGroup(builder, CompletionGroup, partitions)
            .Add(issued, CompletionStages.Issued)
            .Add(acknowledgements.Changes, CompletionStages.Acknowledgement)
            .Aggregate()
            .Process(() => new CompletionProcessor(options, stores), Serdes.String, TopologyJson.Serde<CompletionOutput>(), "posting-completion-desk", stores.CompletionStates, stores.CompletionDeadlines, CoGroup.StoreNameOf(CompletionGroup));
        Emit(completion, Topics.PostingStatus, InvoiceOutputs.Completion, options, "posting-status-emit", FinanceMetrics.Observe);

        var invoiceTallies = desk.FlatMap(
            (k, o) => o.TallyOld is null && o.TallyNew is null ? [] : new[] { KeyValuePair.Create(k, new Change<InvoiceTally>(Optional<InvoiceTally>.OfNullable(o.TallyNew), Optional<InvoiceTally>.OfNullable(o.TallyOld))) },
            Serdes.String, new ChangeJsonSerde<InvoiceTally>(), "invoice-tallies");
        var commandTallies = completion.MapValues(
            (_, o) => new Change<CommandTally>(Optional<CommandTally>.Some(o.Status.Tally), Optional<CommandTally>.OfNullable(o.TallyOld)),
            new ChangeJsonSerde<CommandTally>(), "command-tallies");
        var totals = new CoGroup(builder, "reconciliation", partitions)
            .Add(invoiceTallies, ReconciliationStages.Invoice)
            .Add(commandTallies, ReconciliationStages.Command)
            .Aggregate();
        Emit(totals, Topics.Reconciliation, ReconciliationStages.Totals, options, "reconciliation-emit", FinanceMetrics.Observe);
    }

    private static void AddStore<T>(StreamsBuilder builder, string name) =>
        builder.AddStateStore(StoreBuilders.From(Stores.KeyValueStoreBuilder(Stores.InMemoryKeyValueStore(name), Serdes.String, TopologyJson.Serde<T>())));

    private static void Emit<TIn, TKey, TValue>(IKStream<string, TIn> stream, Topic<TKey, TValue> topic, Func<string, TIn, long, IEnumerable<Emission<TKey, TValue>>> derive, InvoiceOptions options, string name, Action<TValue?> observe)
        where TValue : class =>
        OutputTopics.Emit(stream, topic, derive, options.Serdes, options.MaxLineageEntries, options.RuleVersion, name, observe);
}
