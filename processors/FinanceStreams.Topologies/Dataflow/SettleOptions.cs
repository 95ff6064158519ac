namespace FinanceStreams.Topologies.Dataflow;

/// <summary>How long a stage holds its inputs to apply them in event-time order (<see cref="SettleBuffer{T}"/>).</summary>
/// <param name="HoldMs">Wall-clock time an input waits for the other inputs of its event time and for earlier ones; 0 applies every input at once.</param>
/// <param name="RetainMs">Wall-clock time an applied input stays stored: a restart within it applies the input again, since its outputs may not have left the crashed process. Set it well above the commit interval.</param>
public sealed record SettleOptions(int HoldMs = 200, int RetainMs = 10_000)
{
    /// <summary>Apply every input at once.</summary>
    public static SettleOptions None { get; } = new(0, 0);

    /// <summary>Whether inputs are held at all.</summary>
    public bool Holds => HoldMs > 0;
}
