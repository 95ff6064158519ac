using Avro.Specific;
using finance.erp;
using finance.procurement;
using FinanceStreams.Tests.Infrastructure;

namespace FinanceStreams.Tests.Property;

/// <summary>
/// Random histories of suppliers, purchase orders and their lines, goods receipts, supplier invoices and
/// their lines over a small universe of keys, built to hit every rule of domain.md §5–§7: blocked and
/// unknown suppliers, cancelled and unknown POs, missing PO lines, partial and reversed receipts, prices
/// inside and outside the tolerance (and the 50.00 cap), over-invoiced quantities, inconsistent totals,
/// exact duplicates by normalized number, suspected duplicates (copies under another number), cancelled
/// invoices, and received_at values whose grace period ends before, during or after the history.
/// Each row gets a final version; some also get older versions (lower lsn) delivered before the final one
/// (applied, then superseded) or after it (stale, dropped). Every delivery may be replayed later (same lsn).
/// </summary>
internal sealed class InvoiceHistoryGenerator(Random random)
{
    /// <summary>Highest lsn a generated row gets.</summary>
    public const long MaxLsn = 400;

    /// <summary>The lsn of the clock invoice, delivered last.</summary>
    public const long ClockLsn = MaxLsn + 1;

    /// <summary>An invoice without PO (always UNMATCHED) delivered last, only to fix the final stream time.</summary>
    public const string ClockInvoiceId = "CLOCK";

    /// <summary>Event time of the clock invoice: the final stream time.</summary>
    public const long FinalStreamTime = CdcHarness.BaseTime + (ClockLsn * 1000);

    private const long Hour = 3_600_000;
    private const long GraceMs = 72 * Hour;
    private static readonly string[] SupplierIds = ["S1", "S2", "S3"];
    private static readonly DateOnly FirstDate = new(2026, 3, 1);
    private readonly List<(string Table, string Key, List<ISpecificRecord> Versions)> _rows = [];
    private readonly List<OrderSpec> _orders = [];
    private readonly List<InvoiceSpec> _invoices = [];
    private readonly List<(InvoiceSpec Source, InvoiceSpec Copy)> _sameNumber = [];

    public InvoiceHistory Generate()
    {
        Suppliers();
        Orders();
        Invoices();
        return Deliver();
    }

    private void Suppliers()
    {
        Row("supplier", "S1", InvoiceRows.Supplier("S1"), () => InvoiceRows.Supplier("S1", SupplierStatus.BLOCKED), olderOneIn: 5);
        var s2 = Chance(4) ? SupplierStatus.BLOCKED : SupplierStatus.ACTIVE;
        Row("supplier", "S2", InvoiceRows.Supplier("S2", s2), () => InvoiceRows.Supplier("S2", Flip(s2)), olderOneIn: 4);
        if (Chance(2))
        {
            Row("supplier", "S3", InvoiceRows.Supplier("S3", apAccount: "219000"), () => InvoiceRows.Supplier("S3", SupplierStatus.BLOCKED), olderOneIn: 5);
        }
    }

    private void Orders()
    {
        var receipts = 0;
        foreach (var id in Enumerable.Range(1, random.Next(2, 5)).Select(i => $"P{i}"))
        {
            var supplier = Pick(["S1", "S1", "S1", "S2", "S2", "S3"]);
            var currency = Chance(8) ? "USD" : "EUR";
            var status = Chance(8) ? PurchaseOrderStatus.CANCELLED : PurchaseOrderStatus.RELEASED;
            var lines = Enumerable.Range(1, random.Next(1, 4)).Select(n => new OrderLineSpec(n, random.Next(5, 31), random.Next(500, 50_001) / 100m)).ToList();
            _orders.Add(new OrderSpec(id, supplier, currency, lines));
            if (!Chance(15))
            {
                Row("po", id, InvoiceRows.Order(id, supplier, currency, status),
                    () => InvoiceRows.Order(id, Chance(2) ? supplier : Pick(SupplierIds), currency, status == PurchaseOrderStatus.RELEASED ? PurchaseOrderStatus.CANCELLED : PurchaseOrderStatus.RELEASED),
                    olderOneIn: 4);
            }

            foreach (var line in lines)
            {
                if (!Chance(20))
                {
                    Row("pol", $"{id}|{line.LineNo}", InvoiceRows.OrderLine(id, line.LineNo, line.Quantity, line.UnitPrice),
                        () => InvoiceRows.OrderLine(id, line.LineNo, line.Quantity + random.Next(-1, 4), Math.Round(line.UnitPrice * Pick([0.9m, 1.1m]), 2)), olderOneIn: 6);
                }

                // mostly a receipt of the whole quantity (sometimes partial, sometimes none), and sometimes another one, partial, perhaps reversed
                var wanted = new[] { !Chance(8), Chance(3) };
                for (var r = 0; r < wanted.Length; r++)
                {
                    if (!wanted[r])
                    {
                        continue;
                    }

                    var receipt = $"GR{++receipts}";
                    var quantity = r == 0 && !Chance(8) ? line.Quantity : random.Next(1, (int)line.Quantity + 1);
                    var state = r == 0 ? GoodsReceiptStatus.POSTED : Pick([GoodsReceiptStatus.POSTED, GoodsReceiptStatus.REVERSED]);
                    Row("gr", receipt, InvoiceRows.Receipt(receipt, id, line.LineNo, quantity, state),
                        () => InvoiceRows.Receipt(receipt, id, line.LineNo, quantity + random.Next(-1, 3), state == GoodsReceiptStatus.POSTED ? GoodsReceiptStatus.REVERSED : GoodsReceiptStatus.POSTED),
                        olderOneIn: 5);
                }
            }
        }
    }

    private void Invoices()
    {
        var count = random.Next(3, 9);
        for (var i = 1; i <= count; i++)
        {
            var source = _invoices.Count > 0 && Chance(2) ? Pick(_invoices) : null;
            var spec = source is null ? Fresh($"I{i}") : Copy($"I{i}", source);
            _invoices.Add(spec);
            if (source is not null && InvoiceOracle.Normalize(source.Number) == InvoiceOracle.Normalize(spec.Number))
            {
                _sameNumber.Add((source, spec));
            }

            var older = Older(spec);
            Row("inv", spec.Id, Header(spec), () => Header(older), olderOneIn: 3);
            foreach (var line in spec.Lines)
            {
                Row("invl", $"{spec.Id}|{line.LineNo}", InvoiceLine(spec.Id, line),
                    () => InvoiceLine(spec.Id, line with { Quantity = line.Quantity + 1, UnitPrice = Math.Round(line.UnitPrice * 1.1m, 4) }), olderOneIn: 6);
            }
        }
    }

    /// <summary>
    /// A new invoice on a generated PO; about half of them get one fault: no PO or an unknown one, another supplier or
    /// currency, a line without PO line or with an unknown one, too much quantity, a price around or above the 2%
    /// tolerance, or a price 1.5% over on a line worth enough for the 50.00 cap to decide.
    /// </summary>
    private InvoiceSpec Fresh(string id)
    {
        var fault = random.Next(20);
        var order = fault switch
        {
            0 => null,
            1 => new OrderSpec("P9", Pick(SupplierIds), "EUR", [new OrderLineSpec(1, 5, 100m)]),
            _ => Pick(_orders),
        };
        var supplier = order is null || fault == 2 ? Pick(SupplierIds) : order.SupplierId;
        var currency = order?.Currency ?? "EUR";
        if (fault == 3)
        {
            currency = currency == "EUR" ? "USD" : "EUR";
        }

        var lines = new List<InvoiceLineSpec>();
        var count = random.Next(1, 4);
        var faulty = random.Next(1, count + 1);
        for (var n = 1; n <= count; n++)
        {
            var poLine = order is null ? null : Pick(order.Lines);
            int? poLineNo = (fault, n == faulty) switch
            {
                (4, true) => null,
                (5, true) => 4,
                _ => poLine?.LineNo ?? random.Next(1, 3),
            };
            var ordered = poLine?.Quantity ?? 10;
            var poPrice = poLine?.UnitPrice ?? random.Next(500, 50_001) / 100m;
            var quantity = (fault, n == faulty) switch
            {
                (6, true) => ordered + random.Next(1, 6),
                (9, true) => Math.Ceiling(3_500m / poPrice), // worth 3,500 to 4,000: 1.5% over the PO price exceeds the 50.00 cap, not 2%
                _ => random.Next(1, Math.Max(1, (int)ordered / 5) + 1),
            };
            var factor = (fault, n == faulty) switch
            {
                (7 or 8, true) => Pick([1.019m, 1.02m, 1.021m, 1.025m, 1.029m, 1.03m, 1.1m]),
                (9, true) => 1.015m,
                _ => Chance(2) ? 1m : Pick([1.005m, 1.01m, 1.015m, 0.95m]),
            };
            var price = Math.Round(poPrice * factor, 4);
            lines.Add(new InvoiceLineSpec(n, order is not null && Chance(5) ? order.Id : null, poLineNo, quantity, price));
        }

        return new InvoiceSpec(id, Chance(10) ? "2000" : "1000", supplier, Number(random.Next(1, 15)), FirstDate.AddDays(random.Next(0, 31)), currency, order?.Id,
            Status(), ReceivedAt(), lines, Inconsistency());
    }

    private InvoiceSpec Copy(string id, InvoiceSpec source)
    {
        var sameNumber = Chance(2);
        var number = sameNumber ? Number(NumberOf(source.Number)) : Number(random.Next(1, 15));
        var lines = random.Next(sameNumber ? 6 : 3) switch
        {
            0 => source.Lines.Select(l => l with { Quantity = l.Quantity + random.Next(0, 2) }).ToList(),
            1 => source.Lines.Select(l => l with { UnitPrice = Math.Round(l.UnitPrice * Pick([0.985m, 0.99m, 1.009m, 1.011m, 1.015m, 1.02m]), 4) }).ToList(), // gross about 1% apart
            _ => source.Lines,
        };
        return source with
        {
            Id = id,
            Number = number,
            Date = source.Date.AddDays(random.Next(-2, 10)),
            Status = Status(),
            ReceivedAt = Chance(4) ? source.ReceivedAt : ReceivedAt(),
            Lines = lines,
            Inconsistency = Chance(3) ? Inconsistency() : source.Inconsistency,
        };
    }

    private InvoiceSpec Older(InvoiceSpec spec) => random.Next(5) switch
    {
        0 => spec with { Status = spec.Status == SupplierInvoiceStatus.CANCELLED ? SupplierInvoiceStatus.RECEIVED : SupplierInvoiceStatus.CANCELLED },
        1 => spec with { Number = Number(random.Next(1, 15)) },
        2 => spec with { PoId = spec.PoId is null ? Pick(_orders).Id : null },
        3 => spec with { Inconsistency = 3 },
        _ => spec with { Date = spec.Date.AddDays(random.Next(-10, 11)), ReceivedAt = ReceivedAt() },
    };

    /// <summary>0: consistent; 1: gross 0.01 off (within tolerance, but debits ≠ credits); 2: net off by 1.00; 3: gross off by 0.50.</summary>
    private int Inconsistency() => random.Next(30) switch
    {
        0 or 1 or 2 => 1,
        3 => 2,
        4 => 3,
        _ => 0,
    };

    private SupplierInvoiceStatus Status() => random.Next(8) switch
    {
        0 => SupplierInvoiceStatus.CANCELLED,
        1 or 2 => SupplierInvoiceStatus.APPROVED,
        _ => SupplierInvoiceStatus.RECEIVED,
    };

    /// <summary>Grace period over long before the history, ending during it (or just after), or ending well after it.</summary>
    private long ReceivedAt() => random.Next(3) switch
    {
        0 => FinalStreamTime - (80 * Hour) - (random.Next(0, 36_000) * 1000L),
        1 => CdcHarness.BaseTime + (random.Next(0, 441) * 1000L) + 500 - GraceMs,
        _ => CdcHarness.BaseTime + (random.Next(0, 401) * 1000L) - (random.Next(0, 49) * Hour),
    };

    private string Number(int n) => random.Next(6) switch
    {
        0 => $"INV-{n:0000}",
        1 => $"inv {n}",
        2 => $"Inv.{n:000}",
        3 => $"INV{n}",
        4 => $"INV-00{n}",
        _ => $"inv/0{n}",
    };

    private static int NumberOf(string number) => int.Parse(new string([.. number.Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);

    private static SupplierInvoice Header(InvoiceSpec spec)
    {
        var net = spec.Lines.Sum(l => Amount(l));
        var tax = Math.Round(net * 0.19m, 2, MidpointRounding.AwayFromZero);
        var gross = net + tax;
        switch (spec.Inconsistency)
        {
            case 1: gross += 0.01m; break;
            case 2: net += 1.00m; break;
            case 3: gross += 0.50m; break;
        }

        var row = InvoiceRows.Invoice(spec.Id, net, tax, spec.PoId, spec.Number, spec.SupplierId, spec.Currency, spec.ReceivedAt, spec.Status, spec.Date, gross);
        row.company_code = spec.Company;
        return row;
    }

    private static SupplierInvoiceLine InvoiceLine(string invoiceId, InvoiceLineSpec line) =>
        InvoiceRows.Line(invoiceId, line.LineNo, line.Quantity, line.UnitPrice, line.PoLineNo, line.PoId, Amount(line));

    private static decimal Amount(InvoiceLineSpec line) => Math.Round(line.Quantity * line.UnitPrice, 2, MidpointRounding.AwayFromZero);

    private void Row(string table, string key, ISpecificRecord final, Func<ISpecificRecord> older, int olderOneIn)
    {
        var versions = new List<ISpecificRecord>();
        for (var n = Chance(olderOneIn) ? random.Next(1, 3) : 0; n > 0; n--)
        {
            versions.Add(older());
        }

        versions.Add(final);
        _rows.Add((table, key, versions));
    }

    /// <summary>
    /// Lsns: distinct, random, increasing per key (the final version has the key's highest). Delivery order: by
    /// lsn plus a per-history jitter (none, some, or a full shuffle); half the older versions are forced after
    /// their final version (stale); in half the histories one original invoice arrives last; every delivery is
    /// replayed later with a per-history probability (in a third of the histories, every delivery). Then the clock invoice.
    /// </summary>
    private InvoiceHistory Deliver()
    {
        var lsns = Enumerable.Range(1, (int)MaxLsn).Select(l => (long)l).OrderBy(_ => random.Next()).ToList();
        var total = _rows.Sum(r => r.Versions.Count);
        if (total > MaxLsn)
        {
            throw new InvalidOperationException($"{total} events do not fit under lsn {MaxLsn}");
        }

        var jitter = Pick([0.5, 25.0, 1e6]);
        var replay = Chance(3) ? 1.0 : 0.25;

        // in half the histories, an invoice with a same-numbered copy (the one received first, so usually the original)
        // arrives last: the copy may be posted before it, and must then be reversed
        string? late = null;
        if (_sameNumber.Count > 0 && Chance(2))
        {
            var (source, copy) = Pick(_sameNumber);
            late = source.ReceivedAt <= copy.ReceivedAt ? source.Id : copy.Id;
        }

        var planned = new List<(double At, CdcEvent Event)>();
        var next = 0;
        foreach (var (table, key, versions) in _rows)
        {
            var own = lsns.GetRange(next, versions.Count).Order().ToList();
            next += versions.Count;
            var final = new CdcEvent(table, key, versions[^1], Delete: false, own[^1]);
            var finalAt = (table == "inv" && key == late ? MaxLsn + 1_000_000 : own[^1]) + (random.NextDouble() * jitter);
            planned.Add((finalAt, final));
            for (var v = 0; v < versions.Count - 1; v++)
            {
                var at = Chance(2) ? finalAt + 0.001 + (random.NextDouble() * (jitter + 50)) : own[v] + (random.NextDouble() * jitter);
                planned.Add((at, new CdcEvent(table, key, versions[v], Delete: false, own[v])));
            }
        }

        foreach (var (at, e) in planned.ToList())
        {
            if (random.NextDouble() < replay)
            {
                planned.Add((at + 0.001 + (random.NextDouble() * (jitter + 50)), e));
            }
        }

        var clock = new CdcEvent("inv", ClockInvoiceId, InvoiceRows.Invoice(ClockInvoiceId, 0m, poId: null, number: "CLOCK", supplierId: "SX", receivedAtMs: FinalStreamTime), Delete: false, ClockLsn);
        var ordered = planned.OrderBy(p => p.At).Select(p => p.Event).Append(clock).ToList();
        if (Chance(2))
        {
            ordered.Add(clock);
        }

        var last = new Dictionary<(string, string), long>();
        var deliveries = new List<InvoiceDelivery>();
        foreach (var e in ordered)
        {
            var applied = !last.TryGetValue((e.Table, e.Key), out var seen) || e.Lsn > seen;
            if (applied)
            {
                last[(e.Table, e.Key)] = e.Lsn;
            }

            deliveries.Add(new InvoiceDelivery(e, applied));
        }

        var tables = new InvoiceTables();
        foreach (var d in deliveries.Where(d => d.Applied))
        {
            tables.Put(d.Event.Row);
        }

        return new InvoiceHistory(deliveries, tables, FinalStreamTime);
    }

    private static SupplierStatus Flip(SupplierStatus status) => status == SupplierStatus.ACTIVE ? SupplierStatus.BLOCKED : SupplierStatus.ACTIVE;

    private bool Chance(int oneIn) => random.Next(oneIn) == 0;

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private sealed record OrderSpec(string Id, string SupplierId, string Currency, IReadOnlyList<OrderLineSpec> Lines);

    private sealed record OrderLineSpec(int LineNo, decimal Quantity, decimal UnitPrice);

    private sealed record InvoiceSpec(string Id, string Company, string SupplierId, string Number, DateOnly Date, string Currency, string? PoId,
        SupplierInvoiceStatus Status, long ReceivedAt, IReadOnlyList<InvoiceLineSpec> Lines, int Inconsistency);

    private sealed record InvoiceLineSpec(int LineNo, string? PoId, int? PoLineNo, decimal Quantity, decimal UnitPrice);
}
