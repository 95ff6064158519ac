using FinanceStreams.Streaming.Admin;
using FinanceStreams.DevBroker;

namespace FinanceStreams.Streaming.Tests.Infrastructure;

/// <summary>The project's local broker (librdkafka's mock cluster and its control endpoint), in this process.</summary>
internal sealed class LocalBroker : IDisposable
{
    private readonly MockCluster _cluster = MockCluster.Start(1);
    private readonly ControlEndpoint _control;

    public LocalBroker() => _control = ControlEndpoint.Start(_cluster, 0, _ => { });

    public string BootstrapServers => _cluster.BootstrapServers;

    public ITopicAdmin CreateTopicAdmin() => TopicAdmins.Create(_cluster.BootstrapServers, _control.Url, TimeSpan.FromSeconds(10));

    public void Dispose()
    {
        _control.Dispose();
        _cluster.Dispose();
    }
}
