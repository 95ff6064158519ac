using System.CommandLine;
using Confluent.SchemaRegistry;
using FinanceStreams.Host.Schemas;

namespace FinanceStreams.Host.Cli;

/// <summary><c>finance-streams schemas register|check|lock</c>: schema governance for the contracts in <c>avro/</c>.</summary>
internal static class SchemasCommand
{
    public static Command Build()
    {
        var registryUrl = new Option<string>("--schema-registry-url") { Description = "Schema registry URL (default: $SCHEMA_REGISTRY_URL, else the local registry).", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("SCHEMA_REGISTRY_URL") ?? string.Empty };

        var register = new Command("register", "Register every contract schema under its full name.") { registryUrl };
        register.SetAction(async (result, cancel) =>
        {
            var url = Resolve(result.GetValue(registryUrl));
            await Preflight.SchemaRegistryAsync(url, "--schema-registry-url", cancel).ConfigureAwait(false);
            using var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = url });
            var ids = await SchemaGovernance.RegisterAsync(client, ContractSchemas.All().ToDictionary(s => s.Key, s => s.Value.ToString())).ConfigureAwait(false);
            Console.WriteLine($"registered {ids.Count} schemas at {url}");
            return 0;
        });

        var check = new Command("check", "Check every contract schema against the latest version of its subject in the registry.") { registryUrl };
        check.SetAction(async (result, cancel) =>
        {
            var url = Resolve(result.GetValue(registryUrl));
            await Preflight.SchemaRegistryAsync(url, "--schema-registry-url", cancel).ConfigureAwait(false);
            var problems = await SchemaGovernance.CheckAsync(new Uri(url.EndsWith('/') ? url : url + "/"), ContractSchemas.All().ToDictionary(s => s.Key, s => s.Value.ToString())).ConfigureAwait(false);
            foreach (var problem in problems)
            {
                Console.Error.WriteLine(problem);
            }

            Console.WriteLine(problems.Count == 0 ? "all schemas are compatible" : $"{problems.Count} compatibility problem(s)");
            return problems.Count == 0 ? 0 : 1;
        });

        var lockFile = new Command("lock", "Accept the current schemas: write avro/schemas.lock.json, which 'make test' checks changes against.");
        lockFile.SetAction(_ =>
        {
            var path = SchemaLock.Locate(Directory.GetCurrentDirectory());
            SchemaLock.Write(path, ContractSchemas.All());
            Console.WriteLine($"wrote {path}");
            return 0;
        });

        return new Command("schemas", "Schema governance: register, check, lock.") { register, check, lockFile };
    }

    private static string Resolve(string? url) => string.IsNullOrWhiteSpace(url) ? DevRegistryCommand.ReadUrl(DevPaths.RegistryInfo) : url;
}
