using FinanceStreams.Streaming.Serialization;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;
using MessagePack;

namespace FinanceStreams.Tests.Consumption;

public sealed class TopologyFormatsTests
{
    [Fact]
    public void Prime_BuildsMessagesAndRowChangesOfEveryRowType()
    {
        var primed = TopologyFormats.Prime();

        Assert.Contains(typeof(ItemBatch), primed);
        Assert.Contains(typeof(RowChange<CostCenterRow>), primed);
        Assert.Contains(typeof(RowState<PurchaseOrderLineRow>), primed);
        Assert.DoesNotContain(typeof(RowChange<ItemBatch>), primed);
    }

    [Fact]
    public void Prime_OnlyAcceptedArgumentsCloseAGenericType()
    {
        var primed = CompactFormats.Prime(typeof(TopologyFormatsTests).Assembly, t => t == typeof(Accepted));

        Assert.Contains(typeof(Wrapper<Accepted>), primed);
        Assert.DoesNotContain(typeof(Wrapper<Refused>), primed);
        Assert.Contains(typeof(Refused), primed);
    }
}

[MessagePackObject]
public sealed record Wrapper<T>([property: Key(0)] T Value)
    where T : class;

[MessagePackObject]
public sealed record Accepted([property: Key(0)] string Name);

[MessagePackObject]
public sealed record Refused([property: Key(0)] int Count);
