using System.CommandLine;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Host.Simulation;

namespace FinanceStreams.Host.Cli;

/// <summary><c>finance-streams simulate</c>: CDC of the three source systems, with injected anomalies, at a steady rate.</summary>
internal static class SimulateCommand
{
    public static Command Build()
    {
        var cluster = new ClusterOptions();
        var defaults = new SimulationOptions();
        var cases = new Option<int>("--cases") { Description = "Business cases to simulate (requisition, PO, receipt, invoice, ERP acknowledgement).", DefaultValueFactory = _ => defaults.Cases };
        var rate = new Option<double>("--rate") { Description = "Events per second (0: as fast as possible).", DefaultValueFactory = _ => defaults.Rate };
        var costCenters = new Option<int>("--cost-centers") { Description = "Number of cost centers.", DefaultValueFactory = _ => defaults.CostCenters };
        var suppliers = new Option<int>("--suppliers") { Description = "Number of active suppliers (one blocked supplier is always added).", DefaultValueFactory = _ => defaults.Suppliers };
        var anomalyRate = new Option<double>("--anomaly-rate") { Description = $"Share of cases with one anomaly: {string.Join(", ", Enum.GetNames<Anomaly>())}.", DefaultValueFactory = _ => defaults.AnomalyRate };
        var seed = new Option<int>("--seed") { Description = "Seed; the same options give the same events.", DefaultValueFactory = _ => defaults.Seed };
        var firstCase = new Option<int>("--first-case") { Description = "Number of the first case (another run can continue where one stopped).", DefaultValueFactory = _ => defaults.FirstCase };
        var command = new Command("simulate", "Produce simulated CDC from budgeting, procurement and ERP (Debezium JSON), with injected anomalies.") { cases, rate, costCenters, suppliers, anomalyRate, seed, firstCase };
        cluster.AddTo(command);
        command.SetAction(async (result, cancel) =>
        {
            var options = new SimulationOptions(result.GetValue(cases), result.GetValue(rate), result.GetValue(costCenters), result.GetValue(suppliers), result.GetValue(anomalyRate), result.GetValue(seed), result.GetValue(firstCase)).Validated();
            var connection = cluster.Resolve(result);
            using (var admin = connection.CreateTopicAdmin())
            {
                await admin.EnsureTopicsAsync([.. Topics.All], cancel).ConfigureAwait(false);
            }

            var summary = await SimulationRunner.RunAsync(connection.BootstrapServers, new CdcSimulator(options).Events(), options.Rate, Console.Error, cancel).ConfigureAwait(false);
            Console.WriteLine($"produced {summary.Events:N0} CDC events for {summary.Cases:N0} cases to {connection.BootstrapServers}");
            foreach (var (anomaly, count) in summary.Anomalies.OrderBy(a => a.Key))
            {
                Console.WriteLine($"  {anomaly,-22} {count,6:N0} cases");
            }

            return 0;
        });
        return command;
    }
}
