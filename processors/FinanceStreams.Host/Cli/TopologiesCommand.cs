using System.CommandLine;
using Confluent.SchemaRegistry;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Host.Topologies;

namespace FinanceStreams.Host.Cli;

/// <summary><c>finance-streams topologies list|describe</c>: what the pipeline runs, as text or Mermaid.</summary>
internal static class TopologiesCommand
{
    public static Command Build()
    {
        var list = new Command("list", "List the topologies and their application ids.");
        list.SetAction(_ =>
        {
            foreach (var topology in PipelineTopologies.All)
            {
                Console.WriteLine($"{topology.Name,-12} {topology.ApplicationId,-24} {topology.Description}");
            }

            return 0;
        });

        var name = new Argument<string>("name") { Description = "Topology name (see 'topologies list')." };
        var mermaid = new Option<bool>("--mermaid") { Description = "Print a Mermaid flowchart instead of text." };
        var describe = new Command("describe", "Print a topology's sub-topologies, sources, processors, stores and sinks.") { name, mermaid };
        describe.SetAction(result =>
        {
            var topology = PipelineTopologies.Select([result.GetValue(name)!]).Single();
            // Describing builds the graph only; the registry client is never contacted.
            using var serdes = ContractSerdes.Create(new SchemaRegistryConfig { Url = "http://127.0.0.1:9" });
            var description = topology.BuildStreamiz(serdes).Describe();
            Console.WriteLine(result.GetValue(mermaid) ? StreamizMermaid.Of(description) : description.ToString());
            return 0;
        });

        return new Command("topologies", "List and describe the pipeline's topologies.") { list, describe };
    }
}
