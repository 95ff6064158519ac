using Avro.Specific;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.IntegrationTests.Infrastructure;
using FinanceStreams.Tests.Property;

namespace FinanceStreams.IntegrationTests.Reliability;

/// <summary>
/// The source tables as a batch job reads them from the CDC topics once production has ended: every topic
/// from its first to its last offset, the change with the highest lsn per key, deletes removing the row.
/// Records the pipeline cannot read either (they go to the dead-letter topic) are left out.
/// </summary>
internal sealed class SourceSnapshot
{
    /// <summary>The tables of the budget computation.</summary>
    public FinalState Budget { get; } = new();

    /// <summary>The tables of the invoice computation.</summary>
    public InvoiceTables Invoices { get; } = new();

    /// <summary>The latest event time (source <c>ts_ms</c>) of any change read: the batch's stream time.</summary>
    public long StreamTime { get; private set; }

    /// <summary>Change records read.</summary>
    public int Records { get; private set; }

    public static SourceSnapshot Read(string bootstrapServers, ContractSerdes serdes)
    {
        var s = new SourceSnapshot();
        using var reader = new TopicScan(bootstrapServers);
        foreach (var r in s.Latest(reader, Topics.CostCenters.Bind(serdes)))
        {
            s.Budget.CostCenters[r.cost_center] = r;
        }

        foreach (var r in s.Latest(reader, Topics.BudgetLines.Bind(serdes)))
        {
            s.Budget.BudgetLines[r.budget_line_id] = r;
        }

        foreach (var r in s.Latest(reader, Topics.Requisitions.Bind(serdes)))
        {
            s.Budget.Requisitions[r.requisition_id] = r;
        }

        foreach (var r in s.Latest(reader, Topics.PurchaseOrders.Bind(serdes)))
        {
            (s.Budget.PurchaseOrders[r.po_id], s.Invoices.Orders[r.po_id]) = (r, r);
        }

        foreach (var r in s.Latest(reader, Topics.PurchaseOrderLines.Bind(serdes)))
        {
            (s.Budget.PurchaseOrderLines[$"{r.po_id}|{r.line_no}"], s.Invoices.OrderLines[(r.po_id, r.line_no)]) = (r, r);
        }

        foreach (var r in s.Latest(reader, Topics.SupplierInvoices.Bind(serdes)))
        {
            (s.Budget.Invoices[r.invoice_id], s.Invoices.Invoices[r.invoice_id]) = (r, r);
        }

        foreach (var r in s.Latest(reader, Topics.SupplierInvoiceLines.Bind(serdes)))
        {
            (s.Budget.InvoiceLines[$"{r.invoice_id}|{r.line_no}"], s.Invoices.InvoiceLines[(r.invoice_id, r.line_no)]) = (r, r);
        }

        foreach (var r in s.Latest(reader, Topics.FxRates.Bind(serdes)))
        {
            s.Budget.FxRates[$"{r.from_currency}|{r.to_currency}|{r.rate_date:yyyy-MM-dd}"] = r;
        }

        foreach (var r in s.Latest(reader, Topics.Suppliers.Bind(serdes)))
        {
            s.Invoices.Suppliers[r.supplier_id] = r;
        }

        foreach (var r in s.Latest(reader, Topics.GoodsReceipts.Bind(serdes)))
        {
            s.Invoices.Receipts[r.receipt_id] = r;
        }

        return s;
    }

    private List<TRow> Latest<TKey, TRow>(TopicScan reader, BoundTopic<TKey, DebeziumEnvelope<TRow>> topic)
        where TRow : class, ISpecificRecord
    {
        var latest = new Dictionary<string, (long Lsn, TRow? Row)>(StringComparer.Ordinal);
        foreach (var record in reader.All(topic.Name))
        {
            if (record.Message.Value is not { } value || Read(topic, value) is not { } change)
            {
                continue; // a tombstone follows its delete; unreadable records are dead letters
            }

            Records++;
            StreamTime = Math.Max(StreamTime, change.Source.ts_ms);
            var key = Convert.ToHexString(record.Message.Key);
            if (!latest.TryGetValue(key, out var current) || change.Lsn > current.Lsn)
            {
                latest[key] = (change.Lsn, change.Current);
            }
        }

        return [.. latest.Values.Select(v => v.Row).OfType<TRow>()];
    }

    private static DebeziumEnvelope<TRow>? Read<TKey, TRow>(BoundTopic<TKey, DebeziumEnvelope<TRow>> topic, byte[] value)
        where TRow : class, ISpecificRecord
    {
        try
        {
            return topic.ValueSerde.Deserialize(value, SerdeContext.Value(topic.Name));
        }
        catch (SerdeException)
        {
            return null;
        }
    }
}
