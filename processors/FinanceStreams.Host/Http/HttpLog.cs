namespace FinanceStreams.Host.Http;

/// <summary>Log messages of the HTTP surface.</summary>
internal static partial class HttpLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Audit event {EventId} for {DocumentType} {DocumentId} could not be recorded; the decision was withheld.")]
    public static partial void AuditFailed(ILogger logger, Exception error, string eventId, string documentType, string documentId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "HTTP API listening on {Address}")]
    public static partial void Listening(ILogger logger, Uri address);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Method} {Path}{Query} answered {Status} in {ElapsedMs:0.0} ms (trace {TraceId}; headers {Headers})")]
    public static partial void Request(ILogger logger, string method, string path, string query, int status, double elapsedMs, string traceId, string headers);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Not forwarding to {Owner}: not an address over {Scheme} an instance announces")]
    public static partial void ForwardRefused(ILogger logger, string owner, string scheme);
}
