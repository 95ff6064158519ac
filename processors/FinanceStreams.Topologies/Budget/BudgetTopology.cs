using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Topologies.Outputs;
using FinanceStreams.Topologies.Budget.Stages;
using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Ingestion;
using FinanceStreams.Topologies.Rows;
using StreamKit.Dsl;

namespace FinanceStreams.Topologies.Budget;

/// <summary>
/// Running budget consumption, budget alerts and budget availability checks (domain.md §2–§4).
/// Every source table is read last-writer-wins by lsn; documents are co-grouped by the keys they
/// share (invoice, duplicate group, PO, requisition, cost center, currency pair, bucket), and each
/// stage is a pure function of its co-grouped state whose changed outputs replace the previous
/// ones downstream, so the outputs are the batch computation over the final table states whatever
/// the order or duplication of the events.
/// </summary>
public static class BudgetTopology
{
    /// <summary>The application id (consumer group and internal topic prefix).</summary>
    public const string ApplicationId = "finance-budget";

    /// <summary>Adds the topology to <paramref name="builder"/> (create it with <see cref="ApplicationId"/>).</summary>
    public static void Build(StreamsBuilder builder, BudgetOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var serdes = options.Serdes;
        var partitions = options.Partitions;
        var costCenters = CdcIngestion.Table(builder, Topics.CostCenters, serdes, k => k.cost_center, CostCenterRow.From);
        var budgetLines = CdcIngestion.Table(builder, Topics.BudgetLines, serdes, k => k.budget_line_id, BudgetLineRow.From);
        var requisitions = CdcIngestion.Table(builder, Topics.Requisitions, serdes, k => k.requisition_id, RequisitionRow.From);
        var orders = CdcIngestion.Table(builder, Topics.PurchaseOrders, serdes, k => k.po_id, PurchaseOrderRow.From);
        var orderLines = CdcIngestion.Table(builder, Topics.PurchaseOrderLines, serdes, k => $"{k.po_id}|{k.line_no}", PurchaseOrderLineRow.From);
        var invoices = CdcIngestion.Table(builder, Topics.SupplierInvoices, serdes, k => k.invoice_id, InvoiceRow.From);
        var invoiceLines = CdcIngestion.Table(builder, Topics.SupplierInvoiceLines, serdes, k => $"{k.invoice_id}|{k.line_no}", InvoiceLineRow.From);
        var rates = CdcIngestion.Table(builder, Topics.FxRates, serdes, k => $"{k.from_currency}|{k.to_currency}|{k.rate_date:yyyy-MM-dd}", FxRateRow.From);

        var groups = new CoGroup(builder, "duplicate-groups", partitions).Add(invoices.Changes, InvoiceStages.ToGroup).Aggregate();
        var invoiceDossiers = new CoGroup(builder, "invoices", partitions)
            .Add(invoices.Changes, InvoiceStages.Header)
            .Add(invoiceLines.Changes, InvoiceStages.Line)
            .Add(groups, InvoiceStages.Verdicts)
            .Aggregate();
        var orderDossiers = new CoGroup(builder, "purchase-orders", partitions)
            .Add(orders.Changes, PurchaseOrderStages.Header)
            .Add(orderLines.Changes, PurchaseOrderStages.Line)
            .Add(invoiceDossiers, InvoiceStages.InvoicedLines)
            .Aggregate();
        var requisitionDossiers = new CoGroup(builder, "requisitions", partitions)
            .Add(requisitions.Changes, RequisitionStages.Requisition)
            .Add(orders.Changes, RequisitionStages.Reference)
            .Aggregate();
        var costCenterChanges = new CoGroup(builder, "cost-centers", partitions)
            .Add(costCenters.Changes, CostCenterStages.CostCenter)
            .Add(budgetLines.Changes, BudgetLineStages.Items)
            .Add(requisitionDossiers, RequisitionStages.Items)
            .Add(orderDossiers, PurchaseOrderStages.Items)
            .Aggregate();
        var pairDossiers = new CoGroup(builder, "currency-pairs", partitions)
            .Add(rates.Changes, CurrencyPairStages.Rate)
            .Add(costCenterChanges, CostCenterStages.ToPairs)
            .Aggregate();
        var buckets = new CoGroup(builder, BucketGroup, partitions)
            .Add(costCenterChanges, CostCenterStages.Direct)
            .Add(pairDossiers, CurrencyPairStages.Converted)
            .Aggregate();

        Emit(buckets, Topics.BudgetConsumption, BudgetOutputs.Consumption, options, "budget-consumption-emit", FinanceMetrics.Observe);
        Emit(buckets, Topics.BudgetAlerts, BudgetOutputs.Alerts, options, "budget-alerts-emit", FinanceMetrics.Observe);
        Emit(buckets, Topics.BudgetChecks, BudgetChecks.Checks, options, "budget-checks-emit", FinanceMetrics.Observe);
    }

    /// <summary>Name of the bucket co-group; its part store <c>buckets-parts</c> is queryable by bucket key (<see cref="DossierParts.Read"/>).</summary>
    public const string BucketGroup = "buckets";

    private static void Emit<TKey, TValue>(IKStream<string, Change<Dossier>> buckets, Topic<TKey, TValue> topic, Func<string, Change<Dossier>, IEnumerable<Emission<TKey, TValue>>> derive, BudgetOptions options, string name, Action<TValue?> observe)
        where TValue : class =>
        OutputTopics.Emit(buckets, topic, (key, change, _) => derive(key, change), options.Serdes, options.MaxLineageEntries, options.RuleVersion, name, observe);
}
