using System.Diagnostics;
using FinanceStreams.Streaming.Admin;

namespace FinanceStreams.Host.Cli;

/// <summary>The local broker and schema registry, each started as its own process of this program, for the demo and the benchmark.</summary>
internal sealed class LocalStack : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly ChildProcess _broker;
    private readonly ChildProcess _registry;

    private LocalStack(ChildProcess broker, ChildProcess registry, DevBrokerInfo info, string infoFile, string registryUrl)
    {
        (_broker, _registry, Broker, BrokerInfoFile, RegistryUrl) = (broker, registry, info, infoFile, registryUrl);
    }

    public DevBrokerInfo Broker { get; }

    /// <summary>The broker's info file (for <c>--info-file</c>).</summary>
    public string BrokerInfoFile { get; }

    public string RegistryUrl { get; }

    /// <summary>Starts both (files and logs under <see cref="DevPaths.Root"/> named after <paramref name="name"/>) and waits until they answer.</summary>
    public static async Task<LocalStack> StartAsync(string name, CancellationToken cancel)
    {
        Directory.CreateDirectory(DevPaths.Root);
        var (brokerFile, registryFile) = (Path.Combine(DevPaths.Root, $"{name}-broker.json"), Path.Combine(DevPaths.Root, $"{name}-registry.json"));
        File.Delete(brokerFile);
        File.Delete(registryFile);
        var broker = ChildProcess.StartSelf(Path.Combine(DevPaths.Root, "broker.log"), "dev", "broker", "--info-file", brokerFile);
        var registry = ChildProcess.StartSelf(Path.Combine(DevPaths.Root, "registry.log"), "dev", "registry", "--url-file", registryFile, "--data-dir", Path.Combine(DevPaths.Root, $"{name}-registry"));
        try
        {
            var info = await WaitForAsync(broker, brokerFile, "broker", cancel, () => DevBrokerInfo.Read(brokerFile)).ConfigureAwait(false);
            var registryUrl = await WaitForAsync(registry, registryFile, "registry", cancel, () => DevRegistryCommand.ReadUrl(registryFile)).ConfigureAwait(false);
            return new LocalStack(broker, registry, info, brokerFile, registryUrl);
        }
        catch
        {
            Stop(registry, "schema registry");
            Stop(broker, "local broker");
            throw;
        }
    }

    public void Dispose()
    {
        Stop(_registry, "schema registry");
        Stop(_broker, "local broker");
    }

    /// <summary>Stops a child process, saying so.</summary>
    public static void Stop(ChildProcess? process, string what)
    {
        if (process is not null)
        {
            Console.WriteLine(process.Stop(TimeSpan.FromSeconds(30)) ? $"== {what} (pid {process.Id}) stopped ==" : $"== {what} (pid {process.Id}) did not stop in time; killed ==");
            process.Dispose();
        }
    }

    private static async Task<T> WaitForAsync<T>(ChildProcess process, string file, string what, CancellationToken cancel, Func<T> read)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (File.Exists(file))
            {
                try
                {
                    return read();
                }
                catch (Exception e) when (e is IOException or System.Text.Json.JsonException)
                {
                    // the file is still being written
                }
            }

            if (process.HasExited || clock.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"The local {what} did not start; see {Path.GetFullPath(DevPaths.Root)}/{what}.log.");
            }

            await Task.Delay(100, cancel).ConfigureAwait(false);
        }
    }
}
