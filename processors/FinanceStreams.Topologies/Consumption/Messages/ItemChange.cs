using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Messages;

/// <summary>
/// A contribution's new state in one bucket: present, or gone (<see cref="Contribution"/> null).
/// <see cref="Version"/> increases with every change its document stage makes; the bucket keeps
/// the highest, so a replayed or reordered change never counts twice.
/// </summary>
[MessagePackObject]
public sealed record ItemChange(
    [property: Key(0)] string ItemId,
    [property: Key(1)] string CostCenter,
    [property: Key(2)] int FiscalYear,
    [property: Key(3)] int FiscalPeriod,
    [property: Key(4)] long Version,
    [property: Key(5)] Contribution? Contribution);
