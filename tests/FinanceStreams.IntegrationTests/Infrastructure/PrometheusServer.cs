using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace FinanceStreams.IntegrationTests.Infrastructure;

/// <summary>A real Prometheus (Debian package <c>prometheus</c>, installed by <c>make deps</c>) scraping one target every second.</summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;
    private readonly HttpClient _http;

    private PrometheusServer(Process process, string directory, Uri url)
    {
        _process = process;
        _directory = directory;
        _http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };
    }

    /// <summary>
    /// Starts Prometheus scraping <paramref name="target"/> (host:port) as job <paramref name="job"/>, with <paramref name="ruleFile"/> loaded,
    /// sending <paramref name="apiKey"/> (if any) as <c>Authorization: ApiKey &lt;key&gt;</c> as an operator configures it; waits until ready.
    /// </summary>
    public static async Task<PrometheusServer> StartAsync(string target, string job, string ruleFile, string? apiKey = null)
    {
        var binary = Which("prometheus") ?? throw new InvalidOperationException("prometheus is not installed: run `make deps` (Debian package prometheus).");
        var directory = Directory.CreateTempSubdirectory("prometheus-").FullName;
        var config = Path.Combine(directory, "prometheus.yml");
        await File.WriteAllTextAsync(config, $"global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files: ['{ruleFile}']\nscrape_configs:\n  - job_name: {job}\n{(apiKey is null ? string.Empty : $"    authorization:\n      type: ApiKey\n      credentials: '{apiKey}'\n")}    static_configs:\n      - targets: ['{target}']\n");
        var port = FreePort();
        var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { $"--config.file={config}", $"--storage.tsdb.path={Path.Combine(directory, "data")}", $"--web.listen-address=127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start prometheus");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PrometheusServer(process, directory, new Uri($"http://127.0.0.1:{port}/"));
        var clock = Stopwatch.StartNew();
        while (!await server.ReadyAsync())
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                await server.DisposeAsync();
                throw new InvalidOperationException("prometheus did not become ready within 30 s");
            }

            await Task.Delay(200);
        }

        return server;
    }

    /// <summary>Evaluates an instant query: null and the number of series on success, else the error.</summary>
    public async Task<(string? Error, int Series)> QueryAsync(string expression)
    {
        using var response = await _http.GetAsync(new Uri($"api/v1/query?query={Uri.EscapeDataString(expression)}", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return root.GetProperty("status").GetString() == "success"
            ? (null, root.GetProperty("data").GetProperty("result").GetArrayLength())
            : (root.TryGetProperty("error", out var error) ? error.GetString() : "failed", 0);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>A TCP port free at the moment of the call, on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    private async Task<bool> ReadyAsync()
    {
        try
        {
            using var response = await _http.GetAsync(new Uri("-/ready", UriKind.Relative));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
