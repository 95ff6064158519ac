using System.CommandLine;
using System.Text.Json;
using FinanceStreams.SchemaRegistry;

namespace FinanceStreams.Host.Cli;

/// <summary><c>finance-streams dev registry</c>: the local schema registry (Confluent REST API) until SIGINT/SIGTERM.</summary>
internal static class DevRegistryCommand
{
    public static Command Build()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0: any free port).", DefaultValueFactory = _ => 0 };
        var dataDir = new Option<string>("--data-dir") { Description = "Where the registry keeps its log (kept across restarts).", DefaultValueFactory = _ => Path.Combine(DevPaths.Root, "registry") };
        var urlFile = new Option<string>("--url-file") { Description = "File the registry's URL is written to.", DefaultValueFactory = _ => DevPaths.RegistryInfo };
        var command = new Command("registry", "Run the local schema registry on 127.0.0.1 until SIGINT/SIGTERM.") { port, dataDir, urlFile };
        command.SetAction(async (result, cancel) =>
        {
            await using var registry = await SchemaRegistryServer.StartAsync(new SchemaRegistryOptions(result.GetValue(port), result.GetValue(dataDir)!), cancel).ConfigureAwait(false);
            var file = result.GetValue(urlFile)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { url = registry.Url }), cancel).ConfigureAwait(false);
            Console.WriteLine($"local schema registry ready: {registry.Url} (data in {Path.GetFullPath(result.GetValue(dataDir)!)})");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine("local schema registry stopping");
            }
            finally
            {
                File.Delete(file);
            }

            return 0;
        });
        return command;
    }

    /// <summary>Reads the URL a running local registry wrote.</summary>
    public static string ReadUrl(string file) =>
        File.Exists(file)
            ? JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("url").GetString()!
            : throw new FileNotFoundException($"No local schema registry at '{file}'. Start one with 'finance-streams dev registry'.", file);
}
