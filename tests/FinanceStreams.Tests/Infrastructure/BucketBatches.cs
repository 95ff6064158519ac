using FinanceStreams.Streaming.Serialization;
using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Consumption;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Rows;
using Streamiz.Kafka.Net.Mock;
using Streamiz.Kafka.Net.SerDes;

namespace FinanceStreams.Tests.Infrastructure;

/// <summary>Contribution batches written straight onto the bucket stage's input topic, as an upstream task would.</summary>
internal static class BucketBatches
{
    private const string Topic = $"{ConsumptionTopology.ApplicationId}-bucket-documents-repartition";

    /// <summary>The bucket stage's input topic in <paramref name="sut"/>'s driver.</summary>
    public static TestInputTopic<string, ItemBatch> Input(BudgetHarness sut) =>
        sut.Driver.CreateInputTopic(Topic, new StringSerDes(), CompactSerDes<ItemBatch>.Instance);

    /// <summary>PO P1's line 1 committing <paramref name="amount"/> EUR in CC1's bucket of March 2026, at <paramref name="version"/>.</summary>
    public static ItemBatch Commitment(long version, decimal amount) =>
        new([new BucketRef("CC1", 2026, 3).Put("COM|P1|1", version, new Contribution(BudgetItemKind.Commitment, "PO:P1", "EUR", amount, new DateOnly(2026, 3, 1), 1, null, null, [new SourceRef("t", 0, version, version, 1)]))], 1);
}
