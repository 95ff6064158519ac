using finance.matching;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Duplicates;

/// <summary>A business duplicate to report on <c>finance.duplicate-invoices</c>.</summary>
/// <param name="Duplicate">The duplicate (for SUSPECTED: the later of the two).</param>
/// <param name="Original">The original (for SUSPECTED: the earlier of the two).</param>
/// <param name="Kind">EXACT, EXACT_AFTER_POSTING or SUSPECTED.</param>
/// <param name="Rule">The rule that found it.</param>
/// <param name="ReversalCommandId">The reversal issued for EXACT_AFTER_POSTING.</param>
/// <param name="Withdrawn">True when an earlier report no longer holds.</param>
/// <param name="EventTime">Event time of the detection.</param>
[MessagePackObject]
public sealed record DuplicateReport([property: Key(0)] DuplicateParty Duplicate, [property: Key(1)] DuplicateParty Original, [property: Key(2)] DuplicateKind Kind, [property: Key(3)] string Rule, [property: Key(4)] string? ReversalCommandId, [property: Key(5)] bool Withdrawn, [property: Key(6)] long EventTime);
