namespace FinanceStreams.SchemaRegistry.Tests;

public sealed class RegistryHttpTests
{
    private const string Id = """{"name":"id","type":"string"}""";
    private const string Amount = """{"name":"amount","type":{"type":"bytes","logicalType":"decimal","precision":18,"scale":2}}""";
    private const string NoteWithDefault = """{"name":"note","type":["null","string"],"default":null}""";
    private const string NoteWithoutDefault = """{"name":"note","type":"string"}""";

    private static Task<RegistryFixture> CreateSut(string? directory = null) => RegistryFixture.StartAsync(directory);

    [Fact]
    public async Task Register_AddedFieldWithoutDefaultUnderBackward_Is409NamingTheField()
    {
        await using var sut = await CreateSut();
        Assert.Equal(200, (await sut.PostAsync("subjects/invoice-value/versions", RegistryFixture.Record("Invoice", Id, Amount))).Status);

        var (status, body) = await sut.PostAsync("subjects/invoice-value/versions", RegistryFixture.Record("Invoice", Id, Amount, NoteWithoutDefault));

        Assert.Equal(409, status);
        Assert.Equal(409, body.GetProperty("error_code").GetInt32());
        Assert.Contains("reader field 'note'", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("has no default", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_AddedFieldWithDefault_IsVersion2AndTheSameSchemaKeepsItsId()
    {
        await using var sut = await CreateSut();
        var first = await sut.PostAsync("subjects/invoice-value/versions", RegistryFixture.Record("Invoice", Id, Amount));
        var second = await sut.PostAsync("subjects/invoice-value/versions", RegistryFixture.Record("Invoice", Id, Amount, NoteWithDefault));
        var again = await sut.PostAsync("subjects/invoice-value/versions", RegistryFixture.Record("Invoice", Id, Amount, NoteWithDefault));
        var elsewhere = await sut.PostAsync("subjects/other-value/versions", RegistryFixture.Record("Invoice", Id, Amount));

        Assert.Equal(200, second.Status);
        Assert.Equal(second.Body.GetProperty("id").GetInt32(), again.Body.GetProperty("id").GetInt32());
        Assert.Equal(first.Body.GetProperty("id").GetInt32(), elsewhere.Body.GetProperty("id").GetInt32());
        var latest = await sut.GetAsync("subjects/invoice-value/versions/latest");
        Assert.Equal(2, latest.Body.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Register_InvalidSchema_Is422With42201()
    {
        await using var sut = await CreateSut();
        var (status, body) = await sut.PostAsync("subjects/x/versions", """{"type":"record","name":"Broken","fields":[{"name":"a","type":"nosuchtype"}]}""");
        Assert.Equal(422, status);
        Assert.Equal(42201, body.GetProperty("error_code").GetInt32());
    }

    [Fact]
    public async Task Get_UnknownSubjectVersionOrId_AreConfluent404Codes()
    {
        await using var sut = await CreateSut();
        await sut.PostAsync("subjects/s/versions", RegistryFixture.Record("A", Id));
        Assert.Equal(40401, (await sut.GetAsync("subjects/nope/versions")).Body.GetProperty("error_code").GetInt32());
        Assert.Equal(40402, (await sut.GetAsync("subjects/s/versions/7")).Body.GetProperty("error_code").GetInt32());
        Assert.Equal(40403, (await sut.GetAsync("schemas/ids/99")).Body.GetProperty("error_code").GetInt32());
        Assert.Equal(42202, (await sut.GetAsync("subjects/s/versions/zero")).Body.GetProperty("error_code").GetInt32());
    }

    [Fact]
    public async Task Forward_RemovingAFieldTheOldSchemaNeedsWithoutDefault_IsRefused()
    {
        await using var sut = await CreateSut();
        await sut.PutAsync("config/f", new { compatibility = "FORWARD" });
        await sut.PostAsync("subjects/f/versions", RegistryFixture.Record("A", Id, NoteWithoutDefault));
        var (status, _) = await sut.PostAsync("subjects/f/versions", RegistryFixture.Record("A", Id));
        Assert.Equal(409, status);
    }

    [Fact]
    public async Task Full_AddingOptionalFieldPasses_AddingRequiredFieldFails()
    {
        await using var sut = await CreateSut();
        await sut.PutAsync("config/full", new { compatibility = "FULL" });
        await sut.PostAsync("subjects/full/versions", RegistryFixture.Record("A", Id));
        Assert.Equal(200, (await sut.PostAsync("subjects/full/versions", RegistryFixture.Record("A", Id, NoteWithDefault))).Status);
        Assert.Equal(409, (await sut.PostAsync("subjects/full/versions", RegistryFixture.Record("A", Id, NoteWithDefault, """{"name":"n","type":"int"}"""))).Status);
    }

    [Fact]
    public async Task BackwardTransitive_ChecksEveryEarlierVersion_BackwardOnlyTheLatest()
    {
        await using var sut = await CreateSut();
        var v1 = RegistryFixture.Record("A", Id);
        var v2 = RegistryFixture.Record("A", Id, """{"name":"n","type":"int","default":0}""");
        var v3 = RegistryFixture.Record("A", Id, """{"name":"n","type":"int"}""");     // reads v2, not v1
        foreach (var subject in new[] { "plain", "transitive" })
        {
            await sut.PostAsync($"subjects/{subject}/versions", v1);
            await sut.PostAsync($"subjects/{subject}/versions", v2);
        }

        await sut.PutAsync("config/transitive", new { compatibility = "BACKWARD_TRANSITIVE" });
        Assert.Equal(200, (await sut.PostAsync("subjects/plain/versions", v3)).Status);
        Assert.Equal(409, (await sut.PostAsync("subjects/transitive/versions", v3)).Status);
    }

    [Fact]
    public async Task None_AcceptsAnything_AndInvalidLevelIs42203()
    {
        await using var sut = await CreateSut();
        await sut.PutAsync("config/n", new { compatibility = "NONE" });
        await sut.PostAsync("subjects/n/versions", RegistryFixture.Record("A", Id));
        Assert.Equal(200, (await sut.PostAsync("subjects/n/versions", """{"type":"string"}""")).Status);
        Assert.Equal(42203, (await sut.PutAsync("config", new { compatibility = "SIDEWAYS" })).Body.GetProperty("error_code").GetInt32());
        Assert.Equal(40408, (await sut.GetAsync("config/unset")).Body.GetProperty("error_code").GetInt32());
    }

    [Fact]
    public async Task SoftDelete_HidesTheVersion_PermanentDeleteNeedsSoftFirst()
    {
        await using var sut = await CreateSut();
        await sut.PostAsync("subjects/d/versions", RegistryFixture.Record("A", Id));
        await sut.PostAsync("subjects/d/versions", RegistryFixture.Record("A", Id, NoteWithDefault));
        using (await sut.Http.DeleteAsync("subjects/d/versions/2"))
        {
        }

        Assert.Equal(1, (await sut.GetAsync("subjects/d/versions/latest")).Body.GetProperty("version").GetInt32());
        Assert.Equal(2, (await sut.GetAsync("subjects/d/versions?deleted=true")).Body.GetArrayLength());
        using (await sut.Http.DeleteAsync("subjects/d/versions/2?permanent=true"))
        {
        }

        Assert.Equal(1, (await sut.GetAsync("subjects/d/versions?deleted=true")).Body.GetArrayLength());
    }

    [Fact]
    public async Task Restart_OnTheSameDirectory_KeepsSubjectsIdsAndConfig()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"registry-{Guid.NewGuid():N}");
        int id;
        await using (var first = await CreateSut(directory))
        {
            id = (await first.PostAsync("subjects/keep/versions", RegistryFixture.Record("A", Id))).Body.GetProperty("id").GetInt32();
            await first.PutAsync("config/keep", new { compatibility = "FULL" });
        }

        await using var second = await CreateSut(directory);
        Assert.Equal(id, (await second.GetAsync("subjects/keep/versions/1")).Body.GetProperty("id").GetInt32());
        Assert.Equal("FULL", (await second.GetAsync("config/keep")).Body.GetProperty("compatibilityLevel").GetString());
        Assert.Contains("finance.test", (await second.GetAsync($"schemas/ids/{id}")).Body.GetProperty("schema").GetString(), StringComparison.Ordinal);
    }
}
