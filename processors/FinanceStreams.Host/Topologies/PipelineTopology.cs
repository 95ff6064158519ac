using FinanceStreams.Contracts.Serialization;
using StreamKit;

namespace FinanceStreams.Host.Topologies;

/// <summary>A deployable topology: its name on the command line, its application id and how to build it.</summary>
/// <param name="Name">Short name used by <c>--topology</c>.</param>
/// <param name="ApplicationId">Consumer group and internal-topic prefix.</param>
/// <param name="Description">One line for <c>topologies list</c>.</param>
/// <param name="Build">Builds the topology with the given serdes.</param>
internal sealed record PipelineTopology(string Name, string ApplicationId, string Description, Func<ContractSerdes, Topology> Build);
