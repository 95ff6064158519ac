using System.Net.Http.Json;
using System.Text.Json;
using Confluent.SchemaRegistry;

namespace FinanceStreams.SchemaRegistry.Tests;

/// <summary>A registry on a free port over a fresh data directory, with an HTTP client and Confluent's client.</summary>
internal sealed class RegistryFixture : IAsyncDisposable
{
    private RegistryFixture(SchemaRegistryServer server, string directory)
    {
        Server = server;
        Directory = directory;
        Http = new HttpClient { BaseAddress = server.Url };
        Client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = server.Url.ToString() });
    }

    public SchemaRegistryServer Server { get; private set; }

    public string Directory { get; }

    public HttpClient Http { get; }

    public CachedSchemaRegistryClient Client { get; }

    public static async Task<RegistryFixture> StartAsync(string? directory = null)
    {
        var dir = directory ?? Path.Combine(Path.GetTempPath(), $"registry-{Guid.NewGuid():N}");
        return new RegistryFixture(await SchemaRegistryServer.StartAsync(new SchemaRegistryOptions(0, dir)), dir);
    }

    public static string Record(string name, params string[] fields) =>
        $$"""{"type":"record","name":"{{name}}","namespace":"finance.test","fields":[{{string.Join(",", fields)}}]}""";

    public async Task<(int Status, JsonElement Body)> PostAsync(string path, string schema)
    {
        using var response = await Http.PostAsJsonAsync(path, new { schema });
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public async Task<(int Status, JsonElement Body)> PutAsync(string path, object body)
    {
        using var response = await Http.PutAsJsonAsync(path, body);
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public async Task<(int Status, JsonElement Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
