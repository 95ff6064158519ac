using System.Globalization;
using System.Text;
using StreamKit.Processing;

namespace StreamKit.Runtime;

/// <summary>
/// Fences a task's former owner out of its changelogs under at-least-once, where no transaction does it: a
/// member the group removed keeps processing until it notices, and its records would otherwise mix with the
/// new owner's. After restoring, the new owner claims each changelog partition with an epoch above every one
/// it read, and the claim must land directly after the last record it restored (else it restores again);
/// every record it writes then carries that epoch. A restore ignores records of a lower epoch than a claim
/// before them. Claims are keyed by epoch, so compaction keeps every one.
/// </summary>
public static class OwnerEpoch
{
    /// <summary>Header carrying the writer's epoch on every changelog record (absent: epoch 0, never fenced by itself).</summary>
    public const string Header = "streamkit.epoch";

    /// <summary>Header that marks a claim record; its value is the claimed epoch.</summary>
    public const string ClaimHeader = "streamkit.claim";

    /// <summary>The key of the claim of <paramref name="epoch"/>.</summary>
    public static byte[] ClaimKey(long epoch) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"\u0000streamkit.claim\u0000{epoch}"));

    /// <summary>The headers of a claim of <paramref name="epoch"/>.</summary>
    public static RecordHeaders ClaimHeaders(long epoch) => RecordHeaders.Empty.Add(ClaimHeader, Format(epoch));

    /// <summary>The epoch a changelog record was written with (0 when it carries none).</summary>
    public static long Of(RecordHeaders headers) => Parse(headers.LastString(Header)) ?? 0;

    /// <summary>The epoch a claim record claims, or null for any other record.</summary>
    public static long? ClaimOf(RecordHeaders headers) => Parse(headers.LastString(ClaimHeader));

    /// <summary>The header value of <paramref name="epoch"/>.</summary>
    public static string Format(long epoch) => epoch.ToString(CultureInfo.InvariantCulture);

    private static long? Parse(string? text) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch) ? epoch : null;
}
