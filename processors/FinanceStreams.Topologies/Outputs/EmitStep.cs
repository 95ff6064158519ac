using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using FinanceStreams.Streaming.Metrics;
using FinanceStreams.Topologies.Rows;
using Streamiz.Kafka.Net.Processors.Public;

namespace FinanceStreams.Topologies.Outputs;

/// <summary>
/// Forwards what a pure function derives from each record to an output topic's sink: each emission with its own event
/// time as the record timestamp, its lineage as the <c>finance-lineage</c> header (JSON array of source topic,
/// partition, offset, lsn and time; the latest first, capped) and the rule version as <c>finance-rule-version</c>; a
/// span per record and the end-to-end latency from the deciding source change (<see cref="PipelineMetrics"/>).
/// </summary>
internal sealed class EmitStep<TIn, TKey, TValue> : ITransformer<string, TIn, TKey, TValue>
    where TValue : class
{
    /// <summary>Header holding the lineage.</summary>
    public const string LineageHeader = "finance-lineage";

    /// <summary>Header holding the rule version.</summary>
    public const string RuleVersionHeader = "finance-rule-version";

    private readonly Func<string, TIn, long, IEnumerable<Emission<TKey, TValue>>> _derive;
    private readonly string _topic;
    private readonly OutputOptions _options;
    private readonly Action<TValue?> _observe;
    private ProcessorContext<TKey, TValue>? _context;

    /// <summary>For Streamiz's builder constraint; Streamiz creates instances with the arguments below.</summary>
    public EmitStep()
        : this(null!, null!, null!, null!)
    {
    }

    /// <summary>A step deriving emissions for <paramref name="topic"/> with <paramref name="derive"/>; <paramref name="observe"/> sees every value emitted (metrics).</summary>
    public EmitStep(Func<string, TIn, long, IEnumerable<Emission<TKey, TValue>>> derive, string topic, OutputOptions options, Action<TValue?> observe)
    {
        _derive = derive;
        _topic = topic;
        _options = options;
        _observe = observe;
    }

    public void Init(ProcessorContext<TKey, TValue> context) => _context = context;

    public Record<TKey, TValue> Process(Record<string, TIn> record)
    {
        ArgumentNullException.ThrowIfNull(record);
        foreach (var emission in _derive(record.Key, record.Value, _context!.Timestamp))
        {
            var lineage = emission.Lineage.Distinct().OrderByDescending(s => s.TsMs).Take(_options.MaxLineageEntries).ToList();
            var headers = new Headers
            {
                { LineageHeader, Encoding.UTF8.GetBytes(JsonSerializer.Serialize<IReadOnlyList<SourceRef>>(lineage, TopologyJson.Options)) },
                { RuleVersionHeader, Encoding.UTF8.GetBytes(_options.RuleVersion) },
            };
            using var span = PipelineMetrics.Tracing.StartActivity($"{_context.ApplicationId} {_topic}", ActivityKind.Producer);
            span?.SetTag("messaging.destination.name", _topic).SetTag("finance.application_id", _context.ApplicationId).SetTag("finance.rule_version", _options.RuleVersion);
            _context.ChangeTimestamp(emission.Timestamp);
            _context.SetHeaders(headers);
            _context.Forward(emission.Key, emission.Value!);
            _observe(emission.Value);
            PipelineMetrics.Emitted(_context.ApplicationId, emission.Timestamp);
        }

        return null!;
    }

    public void Close()
    {
    }
}
