using FinanceStreams.Host.Http;

namespace FinanceStreams.IntegrationTests.Http;

/// <summary>Readiness a test switches.</summary>
internal sealed class FakeReadiness : IReadiness
{
    private volatile bool _ready;

    public bool IsReady
    {
        get => _ready;
        set => _ready = value;
    }
}
