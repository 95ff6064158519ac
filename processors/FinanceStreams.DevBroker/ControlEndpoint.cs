using System.Net;
using System.Text.Json;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Streaming.Admin;

namespace FinanceStreams.DevBroker;

/// <summary>
/// The broker's loopback HTTP control endpoint. The mock cluster answers no CreateTopics request,
/// so topic creation (and fault injection for tests) goes through here:
/// <c>POST /topics</c> with <c>[{name, partitions, cleanupPolicy}]</c>, <c>POST /brokers/{id}/down</c>
/// and <c>/up</c>, <c>GET /</c> for the bootstrap address.
/// </summary>
public sealed class ControlEndpoint : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpListener _listener = new();
    private readonly MockCluster _cluster;
    private readonly Action<string> _log;
    private readonly Task _loop;

    private ControlEndpoint(MockCluster cluster, int port, Action<string> log)
    {
        _cluster = cluster;
        _log = log;
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The endpoint's base URL.</summary>
    public Uri Url { get; }

    /// <summary>Starts the endpoint on <paramref name="port"/>, or on a free loopback port when it is 0.</summary>
    public static ControlEndpoint Start(MockCluster cluster, int port, Action<string> log) =>
        new(cluster, port == 0 ? FreePort() : port, log);

    /// <inheritdoc />
    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends by the listener closing under it.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var response = context.Response;
            var (status, body) = Handle(context.Request);
            response.StatusCode = status;
            response.ContentType = "application/json";
            var bytes = JsonSerializer.SerializeToUtf8Bytes(body, Json);
            await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        }
    }

    private (int Status, object Body) Handle(HttpListenerRequest request)
    {
        var path = request.Url?.AbsolutePath.Trim('/') ?? string.Empty;
        var parts = path.Split('/');
        try
        {
            return (request.HttpMethod, parts) switch
            {
                ("GET", [""]) => (200, new { bootstrapServers = _cluster.BootstrapServers, brokers = _cluster.BrokerCount }),
                ("POST", ["topics"]) => CreateTopics(request),
                ("POST", ["brokers", var id, "down"]) => Broker(id, _cluster.SetBrokerDown, "down"),
                ("POST", ["brokers", var id, "up"]) => Broker(id, _cluster.SetBrokerUp, "up"),
                _ => (404, new { error = $"no route {request.HttpMethod} /{path}" }),
            };
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return (400, new { error = e.Message });
        }
    }

    private (int, object) CreateTopics(HttpListenerRequest request)
    {
        var topics = JsonSerializer.Deserialize<List<CreateTopicRequest>>(request.InputStream, Json)
            ?? throw new ArgumentException("The body must be a JSON array of topics.");
        foreach (var topic in topics)
        {
            var spec = new TopicSpec(topic.Name, topic.Partitions).Validate();
            _cluster.CreateTopic(spec.Name, spec.Partitions);
            _log($"topic {spec.Name} ({spec.Partitions} partitions, {topic.CleanupPolicy})");
        }

        return (200, new { created = topics.Select(t => t.Name) });
    }

    private (int, object) Broker(string id, Action<int> change, string state)
    {
        var broker = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
        change(broker);
        _log($"broker {broker} {state}");
        return (200, new { broker, state });
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
