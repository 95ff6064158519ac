using finance.erp;
using FinanceStreams.Contracts.Conversions;
using MessagePack;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of an <c>erp.public.gl_postings</c> row: the ERP's acknowledgement of a command.</summary>
[MessagePackObject]
public sealed record GlPostingRow([property: Key(0)] string PostingId, [property: Key(1)] string CommandId, [property: Key(2)] GlPostingStatus Status, [property: Key(3)] string? ErpDocumentNumber, [property: Key(4)] long PostedAtMs, [property: Key(5)] string? ErrorText, [property: Key(6)] SourceRef Source) : ILocated<GlPostingRow>
{
    /// <inheritdoc/>
    public GlPostingRow At(SourceRef source) => this with { Source = source };

    /// <summary>Maps the generated row.</summary>
    public static GlPostingRow From(GlPosting row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.posting_id, row.command_id, row.status, row.erp_document_number, row.posted_at.ToInstant().ToUnixTimeMilliseconds(), row.error_text, source);
    }
}
