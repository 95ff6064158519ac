using Avro.Specific;
using finance.budgeting;
using finance.erp;
using finance.procurement;
using FinanceStreams.Tests.Infrastructure;

namespace FinanceStreams.Tests.Property;

/// <summary>
/// Random histories of every source table over a small universe of keys (so documents collide):
/// creates, updates, status changes, deletes and re-creates, each event with an increasing lsn.
/// </summary>
internal sealed class HistoryGenerator(Random random)
{
    private static readonly string[] Currencies = ["EUR", "EUR", "USD", "GBP"];
    private static readonly string[] Numbers = ["INV-001", "inv 1", "Inv.0001", "INV-2", "INV-002", "X9"];
    private static readonly DateOnly[] Dates = [new(2026, 3, 1), new(2026, 3, 10), new(2026, 3, 20), new(2026, 4, 5), new(2026, 4, 15)];
    private readonly List<CdcEvent> _events = [];
    private long _lsn;

    public IReadOnlyList<CdcEvent> Generate()
    {
        foreach (var cc in new[] { "CC1", "CC2" })
        {
            History("cc", cc, () => AvroRows.CostCenter(cc, Pick(Currencies), Pick(Enum.GetValues<ControlLevel>()), Pick([80m, 90m, 100m]), Pick([0m, 10m]), Pick([0m, 50m])));
        }

        foreach (var id in Ids("B", 4))
        {
            History("bl", id, () => AvroRows.BudgetLine(id, Cc(), Amount(), 2026, Pick([3, 4]), random.Next(5) == 0 ? "USD" : "EUR", Pick(Enum.GetValues<BudgetLineStatus>())));
        }

        foreach (var id in Ids("R", 3))
        {
            History("rq", id, () => AvroRows.Requisition(id, Cc(), Amount(), Pick(Dates), Pick(Currencies), Pick(Enum.GetValues<RequisitionStatus>())));
        }

        foreach (var id in Ids("P", 3))
        {
            History("po", id, () => AvroRows.PurchaseOrder(id, Pick(Dates), Pick(Currencies), Pick(Enum.GetValues<PurchaseOrderStatus>()), random.Next(2) == 0 ? null : $"R{random.Next(1, 4)}"));
            foreach (var line in new[] { 1, 2 })
            {
                History("pol", $"{id}|{line}", () => AvroRows.PurchaseOrderLine(id, line, Cc(), Amount()));
            }
        }

        foreach (var id in Ids("I", 4))
        {
            History("inv", id, () => AvroRows.Invoice(id, Pick(Numbers), Pick(Dates), Pick(Currencies), Pick(Enum.GetValues<SupplierInvoiceStatus>()), BudgetHarness.BaseTime + random.Next(3), random.Next(3) == 0 ? null : $"P{random.Next(1, 4)}", Pick(["S1", "S1", "S2"])));
            foreach (var line in new[] { 1, 2 })
            {
                History("invl", $"{id}|{line}", () => AvroRows.InvoiceLine(id, line, random.Next(3) == 0 ? null : $"P{random.Next(1, 4)}", random.Next(5) == 0 ? null : random.Next(1, 3), random.Next(0, 250_000) / 100m));
            }
        }

        foreach (var (from, to) in new[] { ("USD", "EUR"), ("EUR", "USD"), ("GBP", "EUR"), ("EUR", "GBP"), ("GBP", "USD") })
        {
            foreach (var date in new[] { new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 15), new DateOnly(2026, 4, 1) })
            {
                if (random.Next(3) != 0)
                {
                    History("fx", $"{from}|{to}|{date}", () => AvroRows.Rate(from, to, date, random.Next(5_000, 20_000) / 10_000m + random.Next(100) / 100_000_000m), updates: 1);
                }
            }
        }

        return _events;
    }

    private void History(string table, string key, Func<ISpecificRecord> version, int updates = 3)
    {
        if (random.Next(6) == 0)
        {
            return; // this key never exists
        }

        var count = random.Next(1, updates + 1);
        for (var i = 0; i < count; i++)
        {
            var row = version();
            _events.Add(new CdcEvent(table, key, row, Delete: false, ++_lsn));
            if (random.Next(6) == 0)
            {
                _events.Add(new CdcEvent(table, key, row, Delete: true, ++_lsn));
            }
        }
    }

    private static IEnumerable<string> Ids(string prefix, int count) => Enumerable.Range(1, count).Select(i => $"{prefix}{i}");

    private string Cc() => random.Next(6) == 0 ? "CC3" : Pick(["CC1", "CC2"]);

    private decimal Amount() => random.Next(0, 500_000) / 100m;

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
