using finance.audit;

namespace FinanceStreams.Host.Http;

/// <summary>Where the HTTP API records its decisions for auditors.</summary>
public interface IAuditSink
{
    /// <summary>Records <paramref name="auditEvent"/> durably; completes once it is written, throws when it cannot be.</summary>
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancel);
}
