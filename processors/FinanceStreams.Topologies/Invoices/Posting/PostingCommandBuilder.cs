using finance.posting;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Posting;

/// <summary>
/// Builds the ERP posting command of a matched invoice and the reversal of a posted one (domain.md §7):
/// a debit per invoice line to the PO line's account and cost center, the tax debit to
/// <see cref="InputTaxAccount"/> when not zero, the gross credit to the supplier's AP account. A debit whose amount in
/// budget currency cannot be computed when the command is built says why (an issued command is never rewritten).
/// </summary>
public static class PostingCommandBuilder
{
    /// <summary>The input-tax account debited with the tax amount.</summary>
    public const string InputTaxAccount = "154000";

    /// <summary>The command (document type KR) of <paramref name="draft"/>; check <see cref="CommandDocument.Balanced"/> before issuing it.</summary>
    public static CommandDocument Posting(PostingDraft draft, ReferenceData reference, IReadOnlyList<SourceRef> lineage, string ruleVersion, long eventTime)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(reference);
        var lines = new List<CommandLine>();
        foreach (var line in draft.Lines)
        {
            var costCenter = reference.CostCenter(line.CostCenter);
            var converted = reference.ToBudgetCurrency(line.Amount, draft.Currency, draft.InvoiceDate, costCenter);
            var missing = costCenter is null ? $"UNKNOWN_COST_CENTER: cost center {line.CostCenter} is not known yet"
                : converted is null ? $"MISSING_FX_RATE: no {draft.Currency}/{costCenter.BudgetCurrency} rate on or before {draft.InvoiceDate:yyyy-MM-dd}"
                : null;
            lines.Add(new CommandLine(lines.Count + 1, PostingSide.DEBIT, line.GlAccount, line.Amount, line.CostCenter, costCenter?.Name,
                InvoiceLineNo: line.InvoiceLineNo, PoId: draft.PoId, PoLineNo: line.PoLineNo,
                BudgetCurrency: costCenter?.BudgetCurrency, BudgetAmount: converted?.Amount, Text: line.Description, BudgetMissingReason: missing));
        }

        if (draft.TaxAmount != 0m)
        {
            lines.Add(new CommandLine(lines.Count + 1, PostingSide.DEBIT, InputTaxAccount, draft.TaxAmount, Text: "input tax"));
        }

        lines.Add(new CommandLine(lines.Count + 1, PostingSide.CREDIT, draft.ApAccount, draft.GrossAmount, SupplierId: draft.SupplierId, Text: draft.SupplierName));
        return new CommandDocument(CommandIds.Posting(draft.InvoiceId), PostingDocumentType.KR, null, draft, lines,
            Total(lines, PostingSide.DEBIT), Total(lines, PostingSide.CREDIT), lineage, ruleVersion, eventTime);
    }

    /// <summary>The reversal (document type KA) of <paramref name="posted"/>: every line with debit and credit swapped.</summary>
    public static CommandDocument Reversal(CommandDocument posted, IReadOnlyList<SourceRef> lineage, long eventTime)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var lines = posted.Lines.Select(l => l with { Side = l.Side == PostingSide.DEBIT ? PostingSide.CREDIT : PostingSide.DEBIT }).ToList();
        return new CommandDocument(CommandIds.Reversal(posted.Draft.InvoiceId), PostingDocumentType.KA, posted.CommandId, posted.Draft, lines,
            Total(lines, PostingSide.DEBIT), Total(lines, PostingSide.CREDIT), lineage, posted.RuleVersion, eventTime);
    }

    private static decimal Total(IEnumerable<CommandLine> lines, PostingSide side) => lines.Where(l => l.Side == side).Sum(l => l.Amount);
}
