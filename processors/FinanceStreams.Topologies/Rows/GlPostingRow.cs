using finance.erp;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of an <c>erp.public.gl_postings</c> row: the ERP's acknowledgement of a command.</summary>
public sealed record GlPostingRow(string PostingId, string CommandId, GlPostingStatus Status, string? ErpDocumentNumber, long PostedAtMs, string? ErrorText, SourceRef Source)
{
    /// <summary>Maps the generated row.</summary>
    public static GlPostingRow From(GlPosting row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.posting_id, row.command_id, row.status, row.erp_document_number, row.posted_at.ToInstant().ToUnixTimeMilliseconds(), row.error_text, source);
    }
}
