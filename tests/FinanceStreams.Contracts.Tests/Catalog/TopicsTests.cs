using FinanceStreams.TestSupport;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Contracts.Tests.Catalog;

public sealed class TopicsTests
{
    // domain.md: every input and output topic, and finance.posting-status (completion of each command, §8).
    private static readonly string[] _domainTopics =
    [
        "budgeting.public.cost_centers", "budgeting.public.budget_lines", "procurement.public.suppliers",
        "procurement.public.requisitions", "procurement.public.purchase_orders", "procurement.public.purchase_order_lines",
        "procurement.public.goods_receipts", "erp.public.supplier_invoices", "erp.public.supplier_invoice_lines",
        "erp.public.fx_rates", "erp.public.gl_postings",
        "finance.budget-consumption", "finance.budget-alerts", "finance.budget-checks", "finance.duplicate-invoices",
        "finance.invoice-status", "finance.unmatched-invoices", "erp.posting-commands", "finance.posting-status", "finance.reconciliation",
        "finance.audit", "finance.dlq",
    ];

    [Fact]
    public void All_Names_AreUnique()
    {
        var names = Topics.All.Select(spec => spec.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_EveryDomainTopic_IsInTheCatalogAndNothingElse()
    {
        Assert.Equal(_domainTopics.Order(StringComparer.Ordinal), Topics.All.Select(spec => spec.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_EverySpec_IsValidWithTheSamePartitionCount()
    {
        Assert.All(Topics.All, spec => Assert.Same(spec, spec.Validate()));
        Assert.Single(Topics.All.Select(spec => spec.Partitions).Distinct());
    }

    [Theory]
    [InlineData("finance.budget-consumption")]
    [InlineData("finance.invoice-status")]
    [InlineData("finance.reconciliation")]
    [InlineData("erp.public.supplier_invoices")]
    public void All_CurrentStateTopics_AreCompacted(string name)
    {
        Assert.Equal(CleanupPolicy.Compact, Topics.All.Single(spec => spec.Name == name).CleanupPolicy);
    }

    [Fact]
    public void Bind_WithSerdes_GivesDebeziumReaderForInputs()
    {
        var bound = Topics.PurchaseOrders.Bind(CreateSerdes());

        Assert.Equal(Topics.PurchaseOrders.Name, bound.Name);
        Assert.IsType<DebeziumSerde<finance.procurement.PurchaseOrder, finance.procurement.PurchaseOrderEnvelope>>(bound.ValueSerde);
        Assert.IsType<CdcRecordSerde<finance.procurement.PurchaseOrderKey>>(bound.KeySerde);
    }

    [Fact]
    public void Bind_WithSerdes_GivesConfluentAvroForOutputs()
    {
        var bound = Topics.PostingCommands.Bind(CreateSerdes());

        Assert.IsType<ConfluentAvroSerde<finance.posting.PostingCommand>>(bound.ValueSerde);
    }

    [Fact]
    public void ValueSerde_SameSerdesTwice_IsCached()
    {
        var serdes = CreateSerdes();

        Assert.Same(Topics.Audit.ValueSerde(serdes), Topics.Audit.ValueSerde(serdes));
    }

    private static ContractSerdes CreateSerdes() => new(new InMemorySchemaRegistryClient());
}
