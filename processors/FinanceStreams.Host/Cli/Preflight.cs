using Confluent.Kafka;

namespace FinanceStreams.Host.Cli;

/// <summary>Checks settings that name other systems before anything starts, so a typo fails in seconds with its name.</summary>
internal static class Preflight
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Throws naming <paramref name="setting"/> when no Kafka broker answers at <paramref name="bootstrapServers"/>.</summary>
    public static void Kafka(string bootstrapServers, string setting)
    {
        try
        {
            using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers, SocketTimeoutMs = 5000 })
                .SetLogHandler((_, _) => { }) // the one-line error below says it all
                .Build();
            _ = admin.GetMetadata(Timeout);
        }
        catch (Exception e) when (e is KafkaException or ArgumentException)
        {
            throw new PreflightException($"{setting} '{bootstrapServers}': no Kafka broker answered within {Timeout.TotalSeconds:0} s ({e.Message}).");
        }
    }

    /// <summary>Throws naming <paramref name="setting"/> when no schema registry answers at <paramref name="url"/>.</summary>
    public static async Task SchemaRegistryAsync(string url, string setting, CancellationToken cancel)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new PreflightException($"{setting} '{url}' is not an http(s) URL.");
        }

        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await http.GetAsync(new Uri(uri, "subjects"), cancel).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new PreflightException($"{setting} '{url}' answered {(int)response.StatusCode} to GET /subjects; is it a schema registry?");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new PreflightException($"{setting} '{url}': no schema registry answered within {Timeout.TotalSeconds:0} s ({e.Message}).");
        }
    }
}

/// <summary>A setting names a system that is not there; the message says which setting.</summary>
internal sealed class PreflightException(string message) : Exception(message);
