using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>An index entry: the item of this bucket whose figure depends on the rates of the pair in its key.</summary>
[MessagePackObject]
public sealed record PairEntry([property: Key(0)] string CostCenter, [property: Key(1)] int Year, [property: Key(2)] int Period, [property: Key(3)] string ItemId)
{
    /// <summary>The item's bucket.</summary>
    [IgnoreMember]
    public BucketRef Bucket => new(CostCenter, Year, Period);
}
