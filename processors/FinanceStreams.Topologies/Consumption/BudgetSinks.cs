using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Streaming.Serialization;
using finance.budget;
using FinanceStreams.Topologies.Consumption.Bucketing;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Outputs;
using Streamiz.Kafka.Net.Stream;

namespace FinanceStreams.Topologies.Consumption;

/// <summary>Splits the bucket stage's emissions onto the three output topics, in Confluent Avro, observed by the finance metrics.</summary>
internal static class BudgetSinks
{
    private static BudgetCheck Observed(BudgetCheck value)
    {
        FinanceMetrics.Observe(value);
        return value;
    }

    private static BudgetAlert Observed(BudgetAlert value)
    {
        FinanceMetrics.Observe(value);
        return value;
    }

    private static BudgetConsumption Observed(BudgetConsumption? value)
    {
        FinanceMetrics.Observe(value);
        return value!;
    }

    public static void To(IKStream<string, BudgetEmission> emissions, ContractSerdes serdes)
    {
        var branches = emissions.Branch(
            "budget-outputs",
            (_, e, _) => e.Check is not null,
            (_, e, _) => e.Alert is not null,
            (_, _, _) => true);
        branches[0]
            .SelectKey((_, e, _) => e.CheckKey!, "budget-checks-key")
            .MapValues((e, _) => Observed(e.Check!), "budget-checks-value")
            .ToOutput(Topics.BudgetChecks.Name, new ContractSerDes<finance.budget.BudgetCheckKey>(Topics.BudgetChecks.KeySerde(serdes)), new ContractSerDes<finance.budget.BudgetCheck>(Topics.BudgetChecks.ValueSerde(serdes)), "budget-checks-sink");
        branches[1]
            .SelectKey((_, e, _) => e.BucketKey!, "budget-alerts-key")
            .MapValues((e, _) => Observed(e.Alert!), "budget-alerts-value")
            .ToOutput(Topics.BudgetAlerts.Name, new ContractSerDes<finance.budget.BudgetBucketKey>(Topics.BudgetAlerts.KeySerde(serdes)), new ContractSerDes<finance.budget.BudgetAlert>(Topics.BudgetAlerts.ValueSerde(serdes)), "budget-alerts-sink");
        branches[2]
            .SelectKey((_, e, _) => e.BucketKey!, "budget-consumption-key")
            .MapValues((e, _) => Observed(e.Consumption), "budget-consumption-value")
            .ToOutput(Topics.BudgetConsumption.Name, new ContractSerDes<finance.budget.BudgetBucketKey>(Topics.BudgetConsumption.KeySerde(serdes)), new ContractSerDes<finance.budget.BudgetConsumption>(Topics.BudgetConsumption.ValueSerde(serdes)), "budget-consumption-sink");
    }
}
