using Confluent.SchemaRegistry;

namespace FinanceStreams.SchemaRegistry.Tests;

/// <summary>Confluent's own client works against the registry.</summary>
public sealed class ConfluentClientTests
{
    [Fact]
    public async Task CachedSchemaRegistryClient_RegistersReadsChecksAndConfigures()
    {
        await using var sut = await RegistryFixture.StartAsync();
        var v1 = RegistryFixture.Record("Po", """{"name":"po_id","type":"string"}""");
        var v2 = RegistryFixture.Record("Po", """{"name":"po_id","type":"string"}""", """{"name":"status","type":"string","default":"DRAFT"}""");
        var bad = RegistryFixture.Record("Po", """{"name":"po_id","type":"long"}""");

        var id = await sut.Client.RegisterSchemaAsync("po-value", new Schema(v1, SchemaType.Avro));
        var fetched = await sut.Client.GetSchemaAsync(id);
        Assert.Contains("po_id", fetched.SchemaString, StringComparison.Ordinal);
        Assert.True(await sut.Client.IsCompatibleAsync("po-value", new Schema(v2, SchemaType.Avro)));
        Assert.False(await sut.Client.IsCompatibleAsync("po-value", new Schema(bad, SchemaType.Avro)));
        await sut.Client.RegisterSchemaAsync("po-value", new Schema(v2, SchemaType.Avro));
        var latest = await sut.Client.GetLatestSchemaAsync("po-value");
        Assert.Equal(2, latest.Version);
        Assert.Contains("po-value", await sut.Client.GetAllSubjectsAsync());

        await sut.Client.UpdateCompatibilityAsync(Confluent.SchemaRegistry.Compatibility.None, "po-value");
        Assert.Equal(Confluent.SchemaRegistry.Compatibility.None, await sut.Client.GetCompatibilityAsync("po-value"));
        var error = await Assert.ThrowsAsync<SchemaRegistryException>(() => sut.Client.RegisterSchemaAsync("other", new Schema("""{"type":"record","name":"X","fields":[{"name":"a","type":"nope"}]}""", SchemaType.Avro)));
        Assert.Equal(42201, error.ErrorCode);
    }
}
