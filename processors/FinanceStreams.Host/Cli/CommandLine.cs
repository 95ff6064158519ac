using System.CommandLine;

namespace FinanceStreams.Host.Cli;

/// <summary>The <c>finance-streams</c> command tree.</summary>
internal static class CommandLine
{
    public static RootCommand Build()
    {
        var dev = new Command("dev", "Local development environment: broker, smoke traffic.")
        {
            DevBrokerCommand.Build(),
            DevRegistryCommand.Build(),
            DevSmokeCommand.Build(),
            DevProduceCommand.Build(),
            DevConsumeCommand.Build(),
        };
        return new RootCommand("finance-streams: keeps budgeting, procurement and accounting in step through Kafka stream topologies.")
        {
            dev,
            DemoCommand.Build(),
            SimulateCommand.Build(),
            BenchCommand.Build(),
            TopologiesCommand.Build(),
            RunCommand.Build(),
            DeadLettersCommand.Build(),
            SchemasCommand.Build(),
        };
    }
}
