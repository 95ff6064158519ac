using MessagePack;

namespace FinanceStreams.Topologies.Rules;

/// <summary>The exact-duplicate decision of one invoice within its group.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="GroupKey">Company, supplier and normalized number of the group.</param>
/// <param name="IsDuplicate">True when another invoice of the group is the original.</param>
/// <param name="OriginalId">The group's original (the invoice itself when it is the original).</param>
/// <param name="Rule">The rule applied, for reports.</param>
/// <param name="Original">The group's original as the rule saw it.</param>
[MessagePackObject]
public sealed record DuplicateVerdict([property: Key(0)] string InvoiceId, [property: Key(1)] string GroupKey, [property: Key(2)] bool IsDuplicate, [property: Key(3)] string OriginalId, [property: Key(4)] string Rule, [property: Key(5)] DuplicateCandidate Original);
