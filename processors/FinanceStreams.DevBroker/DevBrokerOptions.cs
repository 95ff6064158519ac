using FinanceStreams.Contracts.Catalog;

namespace FinanceStreams.DevBroker;

/// <summary>How to start the local development broker.</summary>
/// <param name="Brokers">Number of mock brokers (ids 1..n).</param>
/// <param name="ControlPort">Port of the loopback control endpoint; 0 picks a free one.</param>
/// <param name="InfoFile">Where the bootstrap address and control URL are written.</param>
/// <param name="Topics">Topics created at start-up.</param>
public sealed record DevBrokerOptions(int Brokers, int ControlPort, string InfoFile, IReadOnlyList<TopicSpec> Topics);
