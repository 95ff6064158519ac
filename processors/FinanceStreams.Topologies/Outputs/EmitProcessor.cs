using System.Text.Json;
using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Rows;
using StreamKit.Processing;

namespace FinanceStreams.Topologies.Outputs;

/// <summary>
/// Forwards what a pure function derives from each input record (and its timestamp), with the lineage as a
/// <c>finance-lineage</c> header (JSON array of source topic, partition, offset, lsn; capped)
/// and the rule version as <c>finance-rule-version</c>.
/// </summary>
internal sealed class EmitProcessor<TKeyIn, TValueIn, TKey, TValue>(Func<TKeyIn, TValueIn, long, IEnumerable<Emission<TKey, TValue>>> derive, int maxLineageEntries, string ruleVersion, Action<TValue?>? observe = null)
    : IProcessor<TKeyIn, TValueIn, TKey, TValue>
    where TValue : class
{
    /// <summary>Header holding the lineage.</summary>
    public const string LineageHeader = "finance-lineage";

    /// <summary>Header holding the rule version.</summary>
    public const string RuleVersionHeader = "finance-rule-version";

    private IProcessorContext<TKey, TValue>? _context;

    public void Init(IProcessorContext<TKey, TValue> context) => _context = context;

    public void Process(Record<TKeyIn, TValueIn> record)
    {
        foreach (var emission in derive(record.Key, record.Value, record.Timestamp))
        {
            var lineage = emission.Lineage.OrderByDescending(s => s.TsMs).Take(maxLineageEntries).ToList();
            var headers = record.Headers
                .Set(LineageHeader, JsonSerializer.Serialize<IReadOnlyList<SourceRef>>(lineage, TopologyJson.Options))
                .Set(RuleVersionHeader, ruleVersion);
            _context!.Forward(new Record<TKey, TValue>(emission.Key, emission.Value!, emission.Timestamp, headers));
            observe?.Invoke(emission.Value);
        }
    }
}
