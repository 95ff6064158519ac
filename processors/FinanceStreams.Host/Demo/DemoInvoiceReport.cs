using System.Globalization;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Host.Demo;

/// <summary>Prints the invoice outputs of the demo: statuses with reasons, duplicates, unmatched events, commands, their completion and the control totals.</summary>
internal static class DemoInvoiceReport
{
    public static void Print(DemoOutputs outputs)
    {
        Console.WriteLine();
        Console.WriteLine("Invoice status (finance.invoice-status)");
        foreach (var s in outputs.Invoices.Values)
        {
            var reasons = s.findings.Count == 0 ? string.Empty : "  " + string.Join(", ", s.findings.Select(f => f.reason).Distinct());
            var also = s.original_invoice_id is { } original ? $"  duplicate of {original}" : s.command_id is { } command ? $"  command {command}" : string.Empty;
            Console.WriteLine(Line($"  {s.invoice_id,-7} {s.supplier_invoice_number,-8} {s.currency,-4} {s.gross_amount.ToDecimal(),12:N2}  {s.status,-9}{reasons}{also}"));
        }

        Console.WriteLine($"Duplicate invoices (finance.duplicate-invoices): {outputs.Duplicates.Count}");
        outputs.Duplicates.ForEach(d => Console.WriteLine(Line($"  {d.kind,-19} {d.invoice_id} ({d.supplier_invoice_number}) of {d.original_invoice_id} ({d.original_supplier_invoice_number}){(d.withdrawn ? " withdrawn" : string.Empty)}")));
        Console.WriteLine($"Unmatched invoices (finance.unmatched-invoices): {outputs.Unmatched.Count}");
        outputs.Unmatched.ForEach(u => Console.WriteLine($"  {u.event_type,-21} {u.invoice_id} -> {u.status}: {string.Join(", ", u.findings.Select(f => f.detail is null ? f.reason.ToString() : $"{f.reason} ({f.detail})"))}"));
        Console.WriteLine($"Posting commands (erp.posting-commands): {outputs.Commands.Count}");
        foreach (var c in outputs.Commands)
        {
            var state = outputs.PostingStatuses.TryGetValue(c.command_id, out var p) ? $"{p.state}{(p.erp_document_number is { } doc ? " as " + doc : string.Empty)}" : "not yet tracked";
            Console.WriteLine(Line($"  {c.document_type} {c.command_id} invoice {c.invoice_id}: debit {c.total_debit.ToDecimal():N2} = credit {c.total_credit.ToDecimal():N2} {c.currency}, {c.lines.Count} lines; {state}"));
        }

        Console.WriteLine("Control totals (finance.reconciliation)");
        foreach (var (key, t) in outputs.Totals)
        {
            Console.WriteLine(Line($"  {key}: received {t.received.count} = matched {t.matched.count} + pending {t.pending.count} + unmatched {t.unmatched.count} + duplicate {t.duplicate.count} [{(t.invoices_balanced ? "ok" : "BROKEN")}]; commands {t.commands_emitted.count} - reversals {t.reversals_emitted.count} = matched [{(t.commands_balanced ? "ok" : "BROKEN")}]; posted {t.commands_posted.count}, rejected {t.commands_rejected.count}, unacknowledged {t.commands_unacknowledged.count}"));
        }
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
