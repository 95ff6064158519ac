using Confluent.SchemaRegistry;
using FinanceStreams.Host.Schemas;
using FinanceStreams.SchemaRegistry;

namespace FinanceStreams.IntegrationTests.Schemas;

/// <summary>
/// Schema governance in <c>make test</c>: every contract schema must be compatible (the registry's
/// default BACKWARD rule) with its version in the committed <c>avro/schemas.lock.json</c>.
/// </summary>
public sealed class SchemaLockTests
{
    private static readonly string LockPath = SchemaLock.Locate(AppContext.BaseDirectory);

    private static async Task<(SchemaRegistryServer Registry, CachedSchemaRegistryClient Client)> CreateSut()
    {
        var registry = await SchemaRegistryServer.StartAsync(new SchemaRegistryOptions(0, Path.Combine(Path.GetTempPath(), $"lock-{Guid.NewGuid():N}")));
        var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = registry.Url.ToString() });
        await SchemaGovernance.RegisterAsync(client, SchemaLock.Read(LockPath));
        return (registry, client);
    }

    [Fact]
    public async Task ContractSchemas_AreCompatibleWithTheLockedVersions()
    {
        var (registry, client) = await CreateSut();
        await using var _ = registry;
        using var __ = client;

        var problems = await SchemaGovernance.CheckAsync(registry.Url, ContractSchemas.All().ToDictionary(s => s.Key, s => s.Value.ToString()));

        Assert.True(problems.Count == 0, "schemas changed incompatibly (fix them, or version the record):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void ContractSchemas_AreAllLocked()
    {
        var missing = ContractSchemas.All().Keys.Except(SchemaLock.Read(LockPath).Keys).ToList();
        Assert.True(missing.Count == 0, $"new schemas not in {LockPath}: {string.Join(", ", missing)}; run 'finance-streams schemas lock'");
    }

    [Fact]
    public async Task Check_RequiredFieldAddedToALockedSchema_NamesTheFieldAndTheRule()
    {
        var (registry, client) = await CreateSut();
        await using var _ = registry;
        using var __ = client;
        var locked = SchemaLock.Read(LockPath)["finance.procurement.PurchaseOrder"];
        var changed = locked.Replace("\"fields\":[", "\"fields\":[{\"name\":\"approver\",\"type\":\"string\"},", StringComparison.Ordinal);

        var problems = await SchemaGovernance.CheckAsync(registry.Url, new Dictionary<string, string> { ["finance.procurement.PurchaseOrder"] = changed });

        var problem = Assert.Single(problems);
        Assert.Contains("reader field 'approver'", problem, StringComparison.Ordinal);
        Assert.Contains("BACKWARD", problem, StringComparison.Ordinal);
    }
}
