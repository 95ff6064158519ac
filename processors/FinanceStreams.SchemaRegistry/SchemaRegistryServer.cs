using FinanceStreams.SchemaRegistry.Http;
using FinanceStreams.SchemaRegistry.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FinanceStreams.SchemaRegistry;

/// <summary>
/// A schema registry speaking Confluent's REST API (Avro schemas), for local runs: Confluent's own
/// client and curl work against it. Binds to 127.0.0.1 only. Production points at a real registry.
/// </summary>
public sealed class SchemaRegistryServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SchemaStore _store;

    private SchemaRegistryServer(WebApplication app, SchemaStore store, Uri url)
    {
        _app = app;
        _store = store;
        Url = url;
    }

    /// <summary>The registry's base URL.</summary>
    public Uri Url { get; }

    /// <summary>Starts the registry, replaying its log from <see cref="SchemaRegistryOptions.DataDirectory"/>.</summary>
    public static async Task<SchemaRegistryServer> StartAsync(SchemaRegistryOptions options, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = new SchemaStore(options.DataDirectory);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        var app = builder.Build();
        SubjectEndpoints.Map(app, store);
        ConfigEndpoints.Map(app, store);
        await app.StartAsync(cancel).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SchemaRegistryServer(app, store, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _store.Dispose();
    }
}
