using System.Globalization;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Host.Demo;
using FinanceStreams.Topologies.Invoices.Posting;

namespace FinanceStreams.Host.Simulation;

/// <summary>One simulated change event and the anomaly it belongs to, if any.</summary>
internal sealed record SimulatedEvent(CdcEvent Event, Anomaly? Anomaly);

/// <summary>
/// Simulated CDC of the three source systems as Debezium JSON: master data (cost centers with a year of
/// budgets, suppliers, EUR→USD rates), then business cases, each a requisition, a released PO, its goods
/// receipt, the supplier's invoice and the ERP's acknowledgement of the posting, some with one injected
/// <see cref="Anomaly"/>. Deterministic for a seed.
/// </summary>
internal sealed class CdcSimulator(SimulationOptions options)
{
    public const string BlockedSupplier = "S-BLOCKED";
    private const decimal MonthlyBudget = 250_000m;
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
    private readonly Random _random = new(options.Seed);
    private long _budgeting;
    private long _procurement;
    private long _erp;

    /// <summary>Every event, in the order to produce them.</summary>
    public IEnumerable<SimulatedEvent> Events()
    {
        foreach (var e in MasterData())
        {
            yield return new(e, null);
        }

        for (var i = options.FirstCase; i < options.FirstCase + options.Cases; i++)
        {
            var anomaly = _random.NextDouble() < options.AnomalyRate ? (Anomaly?)Enum.GetValues<Anomaly>()[_random.Next(Enum.GetValues<Anomaly>().Length)] : null;
            foreach (var e in Case(i, anomaly))
            {
                yield return new(e, anomaly);
            }
        }
    }

    private IEnumerable<CdcEvent> MasterData()
    {
        for (var c = 1; c <= options.CostCenters; c++)
        {
            var id = CostCenterId(c);
            var currency = c % 4 == 0 ? "USD" : "EUR";
            yield return new(Topics.CostCenters.Name, new { cost_center = id }, new
            {
                cost_center = id, company_code = "1000", name = $"Cost center {c}", budget_currency = currency, control_level = c % 2 == 0 ? "ADVISORY" : "ABSOLUTE",
                warning_pct = "90", tolerance_pct = "0", tolerance_amount = "0.00", active = true,
            }, ++_budgeting, Start.AddDays(-30), "r");
            for (var month = 1; month <= 12; month++)
            {
                var line = $"BL-{id}-{month:D2}";
                yield return new(Topics.BudgetLines.Name, new { budget_line_id = line }, new
                {
                    budget_line_id = line, cost_center = id, fiscal_year = 2026, fiscal_period = month, currency, amount = Money(MonthlyBudget), status = "APPROVED",
                }, ++_budgeting, Start.AddDays(-30), "r");
            }
        }

        for (var s = 0; s <= options.Suppliers; s++)
        {
            var id = s == 0 ? BlockedSupplier : SupplierId(s);
            yield return new(Topics.Suppliers.Name, new { supplier_id = id }, new
            {
                supplier_id = id, name = s == 0 ? "Blocked Trading Ltd" : $"Supplier {s}", tax_id = $"DE{100000000 + s}", country = "DE",
                status = s == 0 ? "BLOCKED" : "ACTIVE", ap_account = (string?)null,
            }, ++_procurement, Start.AddDays(-30), "r");
        }

        for (var month = 1; month <= 12; month++)
        {
            var date = new DateOnly(2026, month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return new(Topics.FxRates.Name, new { from_currency = "EUR", to_currency = "USD", rate_date = date }, new
            {
                from_currency = "EUR", to_currency = "USD", rate_date = date, rate = (1.05m + (month / 100m)).ToString("0.00000000", CultureInfo.InvariantCulture),
            }, ++_erp, Start.AddDays(-30), "r");
        }
    }

    private IEnumerable<CdcEvent> Case(int i, Anomaly? anomaly)
    {
        var t = Start.AddHours(i).AddMinutes(_random.Next(60));
        var (req, po, receipt, invoice) = ($"R-{i:D6}", $"PO-{i:D6}", $"GR-{i:D6}", $"INV-{i:D6}");
        var costCenter = CostCenterId(1 + _random.Next(options.CostCenters));
        var supplier = anomaly == Anomaly.BlockedSupplier ? BlockedSupplier : SupplierId(1 + _random.Next(options.Suppliers));
        var currency = anomaly == Anomaly.MissingFxRate ? "GBP" : "EUR";
        var quantity = 1 + _random.Next(20);
        var price = 10m + (_random.Next(49_000) / 100m);
        var amount = quantity * price;

        yield return new(Topics.Requisitions.Name, new { requisition_id = req }, new
        {
            requisition_id = req, cost_center = costCenter, requested_at = Iso(t), currency,
            amount = Money(anomaly == Anomaly.OverBudgetRequisition ? 2 * MonthlyBudget : amount), status = "SUBMITTED",
        }, ++_procurement, t);
        if (anomaly == Anomaly.OverBudgetRequisition)
        {
            yield break; // stays a requisition above the limit: the budget check flags it
        }

        yield return new(Topics.PurchaseOrderLines.Name, new { po_id = po, line_no = 1 }, new
        {
            po_id = po, line_no = 1, cost_center = costCenter, gl_account = "600000", description = $"Goods for case {i}",
            quantity = Quantity(quantity), unit_price = Price(price), amount = Money(amount),
        }, ++_procurement, t.AddHours(1));
        yield return new(Topics.PurchaseOrders.Name, new { po_id = po }, new
        {
            po_id = po, supplier_id = supplier, company_code = "1000", currency, order_date = Date(t.AddHours(1)), status = "RELEASED", requisition_id = req,
        }, ++_procurement, t.AddHours(1));
        var receiptEvent = new CdcEvent(Topics.GoodsReceipts.Name, new { receipt_id = receipt }, new
        {
            receipt_id = receipt, po_id = po, line_no = 1, quantity = Quantity(quantity), received_at = Iso(t.AddDays(1)), status = "POSTED",
        }, ++_procurement, anomaly == Anomaly.LateReceipt ? t.AddDays(4) : t.AddDays(1));
        if (anomaly != Anomaly.LateReceipt)
        {
            yield return receiptEvent;
        }

        var invoicePrice = anomaly == Anomaly.PriceVariance ? Math.Round(price * 1.10m, 2, MidpointRounding.AwayFromZero) : price;
        foreach (var e in Invoice(invoice, $"INV-{i:D6}", supplier, currency, quantity, invoicePrice, po, t.AddDays(2)))
        {
            yield return e;
        }

        switch (anomaly)
        {
            case Anomaly.CdcReplay:
                var header = InvoiceHeader(invoice, $"INV-{i:D6}", supplier, currency, quantity, invoicePrice, po, t.AddDays(2), _erp);
                yield return header;
                break;
            case Anomaly.ExactDuplicate:
                foreach (var e in Invoice(invoice + "-D", $"inv {i}", supplier, currency, quantity, invoicePrice, po, t.AddDays(3)))
                {
                    yield return e;
                }

                break;
            case Anomaly.SuspectedDuplicate:
                foreach (var e in Invoice(invoice + "-S", $"INV-{i:D6}-2", supplier, currency, quantity, Math.Round(invoicePrice * 0.995m, 2, MidpointRounding.AwayFromZero), po, t.AddDays(4)))
                {
                    yield return e;
                }

                break;
            case Anomaly.LateReceipt:
                yield return receiptEvent with { Lsn = ++_procurement };
                break;
            case null:
                yield return new(Topics.GlPostings.Name, new { posting_id = $"GL-{i:D6}" }, new
                {
                    posting_id = $"GL-{i:D6}", command_id = CommandIds.Posting(invoice), status = "POSTED", erp_document_number = $"51{i:D8}",
                    posted_at = Iso(t.AddDays(3)), error_text = (string?)null,
                }, ++_erp, t.AddDays(3));
                break;
            default:
                break;
        }
    }

    private IEnumerable<CdcEvent> Invoice(string id, string number, string supplier, string currency, int quantity, decimal price, string po, DateTimeOffset at)
    {
        yield return new(Topics.SupplierInvoiceLines.Name, new { invoice_id = id, line_no = 1 }, new
        {
            invoice_id = id, line_no = 1, po_id = po, po_line_no = 1, quantity = Quantity(quantity), unit_price = Price(price), amount = Money(quantity * price),
        }, ++_erp, at);
        yield return InvoiceHeader(id, number, supplier, currency, quantity, price, po, at, ++_erp);
    }

    private static CdcEvent InvoiceHeader(string id, string number, string supplier, string currency, int quantity, decimal price, string po, DateTimeOffset at, long lsn)
    {
        var net = quantity * price;
        var tax = Math.Round(net * 0.19m, 2, MidpointRounding.AwayFromZero);
        return new(Topics.SupplierInvoices.Name, new { invoice_id = id }, new
        {
            invoice_id = id, supplier_id = supplier, supplier_invoice_number = number, company_code = "1000", invoice_date = Date(at), currency,
            net_amount = Money(net), tax_amount = Money(tax), gross_amount = Money(net + tax), po_id = po, status = "RECEIVED", received_at = Iso(at),
        }, lsn, at);
    }

    private static string CostCenterId(int n) => $"CC-{n:D3}";

    private static string SupplierId(int n) => $"S-{n:D4}";

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Price(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Quantity(int value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
