using FinanceStreams.Host.Http;

namespace FinanceStreams.IntegrationTests.Http;

/// <summary>Broker reachability a test switches.</summary>
internal sealed class FakeBrokerProbe : IBrokerProbe
{
    private volatile bool _reachable = true;

    public bool IsReachable
    {
        get => _reachable;
        set => _reachable = value;
    }
}
