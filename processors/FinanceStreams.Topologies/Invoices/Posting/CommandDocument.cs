using finance.posting;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Posting;

/// <summary>A posting command as built (the plain form of the <c>erp.posting-commands</c> record).</summary>
public sealed record CommandDocument(
    string CommandId,
    PostingDocumentType DocumentType,
    string? ReversedCommandId,
    PostingDraft Draft,
    IReadOnlyList<CommandLine> Lines,
    decimal TotalDebit,
    decimal TotalCredit,
    IReadOnlyList<SourceRef> Lineage,
    string RuleVersion,
    long EventTime)
{
    /// <summary>Debits equal credits.</summary>
    public bool Balanced => TotalDebit == TotalCredit;
}

/// <summary>One line of a posting command.</summary>
public sealed record CommandLine(
    int LineNo,
    PostingSide Side,
    string GlAccount,
    decimal Amount,
    string? CostCenter = null,
    string? CostCenterName = null,
    string? SupplierId = null,
    int? InvoiceLineNo = null,
    string? PoId = null,
    int? PoLineNo = null,
    string? BudgetCurrency = null,
    decimal? BudgetAmount = null,
    string? Text = null);
