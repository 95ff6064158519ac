using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Host.Topologies;

/// <summary>A topology the pipeline can run on Streamiz: what <c>run</c>, <c>topologies</c> and <c>bench</c> work with.</summary>
/// <param name="Name">Its name on the command line.</param>
/// <param name="ApplicationId">Its application id (consumer group and internal topic prefix).</param>
/// <param name="Description">What it computes.</param>
/// <param name="Streamiz">Adds it to a Streamiz builder.</param>
internal sealed record PipelineTopology(string Name, string ApplicationId, string Description, Action<Streamiz.Kafka.Net.StreamBuilder, ContractSerdes> Streamiz)
{
    /// <summary>The Streamiz topology.</summary>
    public Streamiz.Kafka.Net.Stream.Topology BuildStreamiz(ContractSerdes serdes)
    {
        var builder = new Streamiz.Kafka.Net.StreamBuilder();
        Streamiz(builder, serdes);
        return builder.Build();
    }
}
