using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace FinanceStreams.Host.Http;

/// <summary>
/// The host's HTTP surface, started next to the topologies: health probes, Prometheus metrics (scope <c>metrics:read</c>),
/// the generated OpenAPI document and its reference page, and the versioned budget availability API (API keys or OAuth2
/// bearer tokens with scopes, rate limits, RFC 7807 problems, an audit event per decision). Kestrel listens on 127.0.0.1 only.
/// </summary>
public sealed partial class HttpHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly InstanceAddress _self;
    private bool _started;

    /// <summary>A host that is not listening yet; call <see cref="StartAsync"/>. <paramref name="broker"/>, when given, makes the instance unready while its brokers are lost.</summary>
    public HttpHost(HttpHostOptions options, IReadiness readiness, IBudgetQuery budgets, IAuditSink audit, TimeProvider time, IBrokerProbe? broker = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(readiness);
        ArgumentNullException.ThrowIfNull(budgets);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        MetricsExport.EnsureStarted();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory, EnvironmentName = Environments.Production });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = RequestGuard.TransportHeaderBytes;
            kestrel.Limits.MaxRequestLineSize = RequestGuard.TransportRequestLineBytes;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(BodyBytesPerSecond, options.BodyTimeout);
            kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.Use(TransportProblems.Use));
        });
        ConfigureServices(builder, options, readiness, budgets, audit, time, broker);
        _app = builder.Build();
        _self = _app.Services.GetRequiredService<InstanceAddress>();
        ConfigurePipeline(_app, options);
    }

    /// <summary>The slowest rate a request body may arrive at once <see cref="HttpHostOptions.BodyTimeout"/> has passed (408 below).</summary>
    public const double BodyBytesPerSecond = 240;

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:8080/</c>; set by <see cref="StartAsync"/>.</summary>
    public Uri? Address { get; private set; }

    /// <summary>This instance's address for the other instances and clients: <see cref="HttpHostOptions.PublicUrl"/>, else <see cref="Address"/>.</summary>
    public Uri? Self => _self.Self;

    /// <summary>Starts listening; <see cref="Address"/> then tells the port (useful with port 0).</summary>
    public async Task<Uri> StartAsync(CancellationToken cancel = default)
    {
        if (_started)
        {
            throw new InvalidOperationException("This HTTP host is already started.");
        }

        _started = true;
        await _app.StartAsync(cancel).ConfigureAwait(false);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.EndsWith('/') ? address : address + "/");
        _self.Listening(Address);
        HttpLog.Listening(_app.Logger, Address);
        return Address;
    }

    /// <summary>Stops listening (in-flight requests get 5 s) and releases the host.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(grace.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
