using FinanceStreams.Topologies.Consumption.Messages;

namespace FinanceStreams.Topologies.Consumption.Stages;

/// <summary>A contribution a document stage derived, and where it goes.</summary>
public sealed record PlacedItem(string ItemId, BucketRef Bucket, Contribution Contribution);
