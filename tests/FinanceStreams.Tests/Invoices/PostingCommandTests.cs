using finance.matching;
using finance.posting;
using FinanceStreams.Tests.Infrastructure;
using FinanceStreams.Topologies.Invoices.Posting;
using static FinanceStreams.Tests.Infrastructure.InvoiceRows;
using static FinanceStreams.Tests.Invoices.InvoiceScenario;

namespace FinanceStreams.Tests.Invoices;

public sealed class PostingCommandTests
{
    [Fact]
    public void The_command_debits_each_line_and_the_tax_and_credits_the_gross_to_the_supplier()
    {
        using var sut = Received();
        sut.Put(OrderLine(lineNo: 2, quantity: 5m, unitPrice: 20m, costCenter: "CC-200"));
        sut.Put(Receipt("GR2", lineNo: 2, quantity: 5m));
        sut.Put(Line("I1", 1, 10m, 100m));
        sut.Put(Line("I1", 2, 5m, 20m, poLineNo: 2));
        sut.Put(InvoiceRows.Invoice("I1", 1100m, 209m, number: "R-77"));

        var command = Assert.Single(sut.Commands());
        Assert.Equal(CommandIds.Posting("I1"), command.command_id);
        Assert.Equal((PostingDocumentType.KR, "1000", "R-77", "EUR", 2026, 3), (command.document_type, command.company_code, command.reference, command.currency, command.fiscal_year, command.fiscal_period));
        Assert.Equal(InvoiceDate, DateOnly.FromDateTime(command.document_date));
        Assert.Equal(InvoiceDate, DateOnly.FromDateTime(command.posting_date));
        Assert.Equal(
            [(PostingSide.DEBIT, "600000", 1000.00m, "CC-100"), (PostingSide.DEBIT, "600000", 100.00m, "CC-200"), (PostingSide.DEBIT, "154000", 209.00m, null), (PostingSide.CREDIT, "211000", 1309.00m, null)],
            command.lines.Select(l => (l.side, l.gl_account, (decimal)l.amount, (string?)l.cost_center)));
        Assert.Equal("S1", command.lines[^1].supplier_id);
        Assert.Equal(1309.00m, (decimal)command.total_debit);
        Assert.Equal(1309.00m, (decimal)command.total_credit);
    }

    [Fact]
    public void No_tax_line_without_tax_and_the_supplier_AP_account_when_it_has_one()
    {
        using var sut = Received();
        sut.Put(Supplier(apAccount: "219999"));
        sut.Put(Line("I1", 1, 10m, 100m));
        sut.Put(InvoiceRows.Invoice("I1", 1000m));

        Assert.Equal([(PostingSide.DEBIT, "600000"), (PostingSide.CREDIT, "219999")], sut.Commands().Single().lines.Select(l => (l.side, l.gl_account)));
    }

    [Fact]
    public void The_command_is_enriched_and_carries_its_lineage()
    {
        using var sut = Received();
        sut.Put(AvroRows.CostCenter("CC-100", currency: "USD"));
        sut.Put(AvroRows.Rate("EUR", "USD", new DateOnly(2026, 3, 1), 1.1m));
        Invoice(sut, "I1");

        var command = sut.Commands().Single();
        Assert.Equal(("Supplier S1", "DES1", "PO1", InvoiceMatchStatus.MATCHED), (command.supplier_name, command.supplier_tax_id, command.po_id, command.match_status));
        Assert.Equal(["GR1"], command.receipt_ids);
        var line = command.lines[0];
        Assert.Equal(("Cost center CC-100", "USD", 1100.00m, "PO1", 1, 1), (line.cost_center_name, line.budget_currency, (decimal?)line.budget_amount, line.po_id, line.po_line_no, line.invoice_line_no));
        Assert.Null(line.budget_missing_reason);
        Assert.Equal("invoice-rules/1", command.lineage.rule_version);
        var topics = command.lineage.sources.Select(s => s.topic).ToHashSet();
        Assert.Superset(new HashSet<string> { "erp.public.supplier_invoices", "erp.public.supplier_invoice_lines", "procurement.public.purchase_orders", "procurement.public.purchase_order_lines", "procurement.public.goods_receipts", "procurement.public.suppliers" }, topics);
        Assert.All(command.lineage.sources, s => Assert.True(s.lsn > 0 && s.offset >= 0));
    }

    [Fact]
    public void A_line_whose_budget_amount_cannot_be_computed_says_why()
    {
        using var sut = Received();
        sut.Put(AvroRows.CostCenter("CC-100", currency: "JPY"));
        Invoice(sut, "I1");

        var line = sut.Commands().Single().lines[0];
        Assert.Null(line.budget_amount);
        Assert.Equal("MISSING_FX_RATE: no EUR/JPY rate on or before 2026-03-20", line.budget_missing_reason);
    }

    [Fact]
    public void The_command_record_has_lineage_and_rule_version_headers()
    {
        using var sut = Received();
        Invoice(sut, "I1");

        var headers = sut.CommandRecords().Single().Message.Headers;
        Assert.Contains("supplier_invoices", System.Text.Encoding.UTF8.GetString(headers.GetLastBytes("finance-lineage")), StringComparison.Ordinal);
        Assert.Equal("invoice-rules/1", System.Text.Encoding.UTF8.GetString(headers.GetLastBytes("finance-rule-version")));
    }

    [Fact]
    public void An_unbalanced_command_is_not_emitted_and_breaks_the_commands_invariant()
    {
        using var sut = Received();
        sut.Put(Line("I1", 1, 10m, 100m));
        sut.Put(InvoiceRows.Invoice("I1", net: 1000.01m, tax: 190m));

        Assert.Equal(InvoiceMatchStatus.MATCHED, sut.Status("I1").status);
        Assert.Null(sut.Status("I1").command_id);
        Assert.Empty(sut.Commands());
        Assert.False(sut.Totals().Values.Single().commands_balanced);
    }

    [Fact]
    public void A_change_after_posting_is_reported_once_and_never_posted_again()
    {
        using var sut = Received();
        Invoice(sut, "I1");
        var command = sut.Commands().Single();

        sut.Put(Line("I1", 1, 9m, 100m));
        sut.Put(InvoiceRows.Invoice("I1", 900m, 171m));
        sut.Put(Receipt("GR1", quantity: 10m));

        Assert.Single(sut.Commands());
        Assert.Equal(InvoiceMatchStatus.MATCHED, sut.Status("I1").status);
        Assert.Equal(command.command_id, sut.Status("I1").command_id);
        var changes = sut.Unmatched().Where(u => u.event_type == UnmatchedEventType.CHANGED_AFTER_POSTING).ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.Equal(command.command_id, c.command_id));
        Assert.Equal(changes.Count, changes.Select(c => (c.status, string.Join(",", c.findings.Select(f => f.reason)), (decimal)c.gross_amount)).Distinct().Count());
    }

    [Fact]
    public void Every_input_delivered_twice_posts_once()
    {
        using var sut = Received();
        var lineLsn = sut.Put(Line("I1", 1, 10m, 100m));
        var headerLsn = sut.Put(InvoiceRows.Invoice("I1", 1000m, 190m));
        sut.Put(Line("I1", 1, 10m, 100m), lineLsn);
        sut.Put(InvoiceRows.Invoice("I1", 1000m, 190m), headerLsn);

        Assert.Single(sut.Commands());
        Assert.Empty(sut.Unmatched().Select(u => u.event_type));
    }
}
