using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>
/// The bucket a document's last check was decided on: a replay re-sends that same decision instead
/// of deciding again on a bucket that has moved since.
/// </summary>
[MessagePackObject]
public sealed record CheckedAgainst([property: Key(0)] string Identity, [property: Key(1)] decimal Budget, [property: Key(2)] decimal Consumed);
