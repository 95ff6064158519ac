using finance.posting;
using FinanceStreams.Topologies.Rows;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Posting;

/// <summary>A posting command as built (the plain form of the <c>erp.posting-commands</c> record).</summary>
[MessagePackObject]
public sealed record CommandDocument(
    [property: Key(0)] string CommandId,
    [property: Key(1)] PostingDocumentType DocumentType,
    [property: Key(2)] string? ReversedCommandId,
    [property: Key(3)] PostingDraft Draft,
    [property: Key(4)] IReadOnlyList<CommandLine> Lines,
    [property: Key(5)] decimal TotalDebit,
    [property: Key(6)] decimal TotalCredit,
    [property: Key(7)] IReadOnlyList<SourceRef> Lineage,
    [property: Key(8)] string RuleVersion,
    [property: Key(9)] long EventTime)
{
    /// <summary>Debits equal credits.</summary>
    [IgnoreMember]
    public bool Balanced => TotalDebit == TotalCredit;
}

/// <summary>One line of a posting command.</summary>
[MessagePackObject]
public sealed record CommandLine(
    [property: Key(0)] int LineNo,
    [property: Key(1)] PostingSide Side,
    [property: Key(2)] string GlAccount,
    [property: Key(3)] decimal Amount,
    [property: Key(4)] string? CostCenter = null,
    [property: Key(5)] string? CostCenterName = null,
    [property: Key(6)] string? SupplierId = null,
    [property: Key(7)] int? InvoiceLineNo = null,
    [property: Key(8)] string? PoId = null,
    [property: Key(9)] int? PoLineNo = null,
    [property: Key(10)] string? BudgetCurrency = null,
    [property: Key(11)] decimal? BudgetAmount = null,
    [property: Key(12)] string? Text = null,
    [property: Key(13)] string? BudgetMissingReason = null);
