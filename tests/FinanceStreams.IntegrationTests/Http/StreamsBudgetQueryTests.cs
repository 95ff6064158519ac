using System.Text;
using FinanceStreams.Host.Http;
using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.CoGrouping;
using StreamKit.Partitioning;
using StreamKit.State;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class StreamsBudgetQueryTests
{
    private const int Partitions = 3;
    private static readonly string Key = Buckets.Key(BucketData.CostCenter, BucketData.Year, BucketData.Period);
    private static readonly int Owned = Murmur2Partitioner.Partition(Encoding.UTF8.GetBytes(Key), Partitions);

    [Fact]
    public void Find_OwnedPartitionHoldsDossier_ComputesFiguresWithCalculator()
    {
        var settings = BucketData.Settings();
        var dossier = BucketData.Dossier(BucketData.Item(BudgetItemKind.Budget, "BL:1", 1000m, settings), BucketData.Item(BudgetItemKind.Actual, "INV:1", 250m, settings));
        var neighbour = BucketData.Dossier(BucketData.Item(BudgetItemKind.Actual, "INV:OTHER", 99m, settings));
        var sut = CreateSut(Entries(Key, dossier).Concat(Entries(Key + "0", neighbour)));

        var lookup = sut.Find(BucketData.CostCenter, BucketData.Year, BucketData.Period);

        Assert.Equal(BudgetLookupKind.Found, lookup.Kind);
        Assert.Equal(750m, lookup.Figures!.Available);
        Assert.Equal(Owned, lookup.Partition);
        Assert.Equal(2, lookup.Items.Count);
    }

    [Fact]
    public void Find_OwnedPartitionWithoutBucket_NotFound()
    {
        var sut = CreateSut([]);

        var lookup = sut.Find(BucketData.CostCenter, BucketData.Year, BucketData.Period);

        Assert.Equal(BudgetLookupKind.NotFound, lookup.Kind);
    }

    [Fact]
    public void Find_PartitionNotOwned_NotLocalWithPartition()
    {
        var sut = new StreamsBudgetQuery(_ => null, Partitions);

        var lookup = sut.Find(BucketData.CostCenter, BucketData.Year, BucketData.Period);

        Assert.Equal(BudgetLookupKind.NotLocal, lookup.Kind);
        Assert.Equal(Owned, lookup.Partition);
    }

    [Fact]
    public void StoreName_IsBucketPartStore()
    {
        Assert.Equal("buckets-parts", StreamsBudgetQuery.StoreName);
    }

    private static IEnumerable<KeyValuePair<string, ValueAndTimestamp<Part>>> Entries(string bucket, Dossier dossier) =>
        dossier.Parts.Select(p => KeyValuePair.Create(DossierParts.Key(bucket, p.Key), new ValueAndTimestamp<Part>(p.Value, 1)));

    private static StreamsBudgetQuery CreateSut(IEnumerable<KeyValuePair<string, ValueAndTimestamp<Part>>> entries)
    {
        var store = new DictionaryStore<string, ValueAndTimestamp<Part>>(StreamsBudgetQuery.StoreName, entries.ToDictionary());
        return new StreamsBudgetQuery(p => p == Owned ? store : null, Partitions);
    }
}
