using FinanceStreams.Topologies.Invoices.Posting;

namespace FinanceStreams.Tests.Rules;

public sealed class CommandIdsTests
{
    // Expected values computed with Python's uuid.uuid5, an independent RFC 4122/9562 implementation.
    [Fact]
    public void Version5_matches_an_independent_implementation()
    {
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), CommandIds.Version5(dns, "python.org"));
        Assert.Equal(new Guid("cccef2f7-6d37-534d-9e51-76c4a6b4c013"), CommandIds.Namespace);
    }

    [Fact]
    public void Posting_and_reversal_ids_are_deterministic_and_distinct()
    {
        Assert.Equal("839441c2-96c6-57ab-80ca-c58c94db80c7", CommandIds.Posting("I1"));
        Assert.Equal("da091125-94ec-514d-b1dc-a21e65a7ad78", CommandIds.Reversal("I1"));
        Assert.Equal(CommandIds.Posting("I1"), CommandIds.Posting("I1"));
        Assert.NotEqual(CommandIds.Posting("I1"), CommandIds.Posting("I2"));
    }
}
