using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Topologies.Invoices;

/// <summary>Options of the invoice topology.</summary>
/// <param name="Serdes">Serdes of the contracts (schema registry).</param>
public sealed record InvoiceOptions(ContractSerdes Serdes)
{
    /// <summary>The rule version stamped on outputs unless configured otherwise.</summary>
    public const string DefaultRuleVersion = "invoice-rules/1";

    /// <summary>Partitions of the internal repartition topics; null uses the runtime's default.</summary>
    public int? Partitions { get; init; }

    /// <summary>How long (event time after received_at) an invoice waiting for a PO line or a receipt stays PENDING.</summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromHours(72);

    /// <summary>How long (event time after issue) a command may go unacknowledged before it is reported UNACKNOWLEDGED.</summary>
    public TimeSpan AcknowledgementTimeout { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How often, in stream time, waiting invoices and commands are checked against their deadlines.</summary>
    public TimeSpan DeadlineCheckInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Most lineage entries written in the lineage header of one output record.</summary>
    public int MaxLineageEntries { get; init; } = 50;

    /// <summary>Version of the rules, written with lineage.</summary>
    public string RuleVersion { get; init; } = DefaultRuleVersion;

    /// <summary>The default rules without serdes: what a stage needs before the topology gives it its options.</summary>
    internal static InvoiceOptions Unbound { get; } = new(Serdes: null!);

    /// <summary>Options with defaults.</summary>
    public static InvoiceOptions With(ContractSerdes serdes)
    {
        ArgumentNullException.ThrowIfNull(serdes);
        return new(serdes);
    }

    /// <summary>Fails with a clear message when an option is out of range.</summary>
    public InvoiceOptions Validated()
    {
        if (GracePeriod < TimeSpan.Zero || AcknowledgementTimeout <= TimeSpan.Zero || DeadlineCheckInterval <= TimeSpan.Zero || MaxLineageEntries < 1)
        {
            throw new ArgumentException($"Invoice options out of range: grace period {GracePeriod} (>= 0), acknowledgement timeout {AcknowledgementTimeout} (> 0), deadline check interval {DeadlineCheckInterval} (> 0), max lineage entries {MaxLineageEntries} (>= 1).");
        }

        return this;
    }
}
