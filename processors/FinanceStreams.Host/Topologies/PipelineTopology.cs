using FinanceStreams.Contracts.Serialization;
using StreamKit;

namespace FinanceStreams.Host.Topologies;

/// <summary>
/// A topology the pipeline can run: on Streamiz (<see cref="Streamiz"/>) or, until every topology
/// has moved, on the project's own runtime (<see cref="Build"/>).
/// </summary>
internal sealed record PipelineTopology(string Name, string ApplicationId, string Description, Func<ContractSerdes, Topology>? Build = null, Action<Streamiz.Kafka.Net.StreamBuilder, ContractSerdes>? Streamiz = null)
{
    /// <summary>True when the topology runs on Streamiz.</summary>
    public bool OnStreamiz => Streamiz is not null;

    /// <summary>The Streamiz topology.</summary>
    public Streamiz.Kafka.Net.Stream.Topology BuildStreamiz(ContractSerdes serdes)
    {
        var builder = new Streamiz.Kafka.Net.StreamBuilder();
        (Streamiz ?? throw new InvalidOperationException($"The {Name} topology does not run on Streamiz."))(builder, serdes);
        return builder.Build();
    }
}
