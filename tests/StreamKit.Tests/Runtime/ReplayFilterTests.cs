using StreamKit.Processing;
using StreamKit.Runtime;

namespace StreamKit.Tests.Runtime;

public sealed class ReplayFilterTests
{
    private const string Origin = "procurement.public.purchase_orders/0";

    [Fact]
    public void IsReplay_SameChannelAtOrBelowTheLastMark_IsAReplay()
    {
        var filter = new ReplayFilter();

        Assert.False(filter.IsReplay("app-orders-repartition", 1, Mark(10, 0)));
        Assert.False(filter.IsReplay("app-orders-repartition", 1, Mark(10, 1)));
        Assert.True(filter.IsReplay("app-orders-repartition", 1, Mark(10, 1)));
        Assert.True(filter.IsReplay("app-orders-repartition", 1, Mark(9, 5)));
        Assert.False(filter.IsReplay("app-orders-repartition", 1, Mark(11, 0)));
    }

    [Fact]
    public void IsReplay_OneOriginRecordWritingToTwoTopicsOfTheTask_AppliesBothInEitherOrder()
    {
        // one purchase order change: output 0 to the PO co-group, output 1 to the requisition co-group;
        // the task reading both topics sees output 1 first
        var filter = new ReplayFilter();

        Assert.False(filter.IsReplay("app-requisitions-repartition", 2, Mark(7, 1)));
        Assert.False(filter.IsReplay("app-purchase-orders-repartition", 2, Mark(7, 0)));
    }

    [Fact]
    public void Restore_FromASnapshot_KeepsDroppingWhatWasApplied()
    {
        var first = new ReplayFilter();
        _ = first.IsReplay("app-orders-repartition", 0, Mark(4, 2));
        var second = new ReplayFilter();

        second.Restore(first.Snapshot());

        Assert.True(second.IsReplay("app-orders-repartition", 0, Mark(4, 2)));
        Assert.False(second.IsReplay("app-orders-repartition", 1, Mark(4, 2)));
    }

    [Fact]
    public void IsReplay_RecordWithoutOrigin_IsNeverAReplay()
    {
        var filter = new ReplayFilter();

        Assert.False(filter.IsReplay("app-orders-repartition", 0, RecordHeaders.Empty));
        Assert.False(filter.IsReplay("app-orders-repartition", 0, RecordHeaders.Empty));
    }

    private static RecordHeaders Mark(long offset, int sequence) =>
        RecordHeaders.Empty.Add(OriginMark.Header, $"{Origin}/{offset}/{sequence}");
}
