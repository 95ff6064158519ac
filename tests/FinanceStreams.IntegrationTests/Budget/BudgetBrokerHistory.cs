using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Tests.Property;

namespace FinanceStreams.IntegrationTests.Budget;

/// <summary>The randomized budget history the broker tests replay: the first seed that spans several buckets with commitments and actuals, written shuffled with replays.</summary>
internal sealed record BudgetBrokerHistory(int Seed, IReadOnlyList<CdcEvent> Events, Dictionary<string, ExpectedBucket> Expected)
{
    /// <summary>The first seed whose history gives the comparison something to prove.</summary>
    public static BudgetBrokerHistory Pick() => Enumerable.Range(1, 100)
        .Select(s => (Seed: s, Events: new HistoryGenerator(new Random(s)).Generate()))
        .Select(h => new BudgetBrokerHistory(h.Seed, h.Events, BudgetOracle.Compute(BudgetHistory.Final(h.Events))))
        .First(h => h.Expected.Count >= 4 && h.Expected.Values.Any(b => b.Commitment != 0m) && h.Expected.Values.Any(b => b.Actual != 0m));

    /// <summary>Writes the history to the broker, interleaved and with replays.</summary>
    public void WriteTo(string bootstrapServers, ContractSerdes serdes)
    {
        var random = new Random(Seed * 7919);
        using var sink = new BrokerCdcSink(bootstrapServers, serdes);
        foreach (var (e, tombstone) in BudgetHistory.Interleave(Events, random))
        {
            if (e.Delete)
            {
                sink.Delete(e.Row, e.Lsn, tombstone);
            }
            else
            {
                sink.Put(e.Row, e.Lsn, random.Next(4) == 0 ? DebeziumOp.Read : DebeziumOp.Update);
            }
        }
    }
}
