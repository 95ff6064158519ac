using System.Collections.Concurrent;
using finance.audit;
using FinanceStreams.Host.Http;

namespace FinanceStreams.IntegrationTests.Http;

/// <summary>Keeps audit events in memory; fails every write while <see cref="Failing"/> is set.</summary>
internal sealed class InMemoryAuditSink : IAuditSink
{
    private readonly ConcurrentQueue<AuditEvent> _events = new();

    public bool Failing { get; set; }

    public IReadOnlyList<AuditEvent> Events => [.. _events];

    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancel)
    {
        if (Failing)
        {
            throw new InvalidOperationException("audit topic unavailable");
        }

        _events.Enqueue(auditEvent);
        return Task.CompletedTask;
    }
}
