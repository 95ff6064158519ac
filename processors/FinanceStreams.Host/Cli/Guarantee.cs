namespace FinanceStreams.Host.Cli;

/// <summary>The processing guarantee <c>run --guarantee</c> asks for.</summary>
internal enum Guarantee
{
    /// <summary>At-least-once: the local mode; the topologies are exact under replay by construction.</summary>
    AtLeastOnce,

    /// <summary>Exactly-once (Kafka transactions), on a real broker.</summary>
    ExactlyOnceV2,
}
