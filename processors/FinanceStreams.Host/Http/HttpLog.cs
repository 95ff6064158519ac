namespace FinanceStreams.Host.Http;

/// <summary>Log messages of the HTTP surface.</summary>
internal static partial class HttpLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Audit event {EventId} for {DocumentType} {DocumentId} could not be recorded; the decision was withheld.")]
    public static partial void AuditFailed(ILogger logger, Exception error, string eventId, string documentType, string documentId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "HTTP API listening on {Address}")]
    public static partial void Listening(ILogger logger, Uri address);
}
