using System.Text.Json;

namespace FinanceStreams.Host.Demo;

/// <summary>One Debezium change event as JSON (no schema wrapper): key record and envelope.</summary>
/// <param name="Topic">Source topic.</param>
/// <param name="Key">Primary-key columns.</param>
/// <param name="Row">Row after the change (values as Debezium JSON writes them: decimals as strings, ISO dates).</param>
/// <param name="Lsn">Source log position; increases per source system.</param>
/// <param name="EventTime">When the change happened in the source database.</param>
/// <param name="Op"><c>r</c> snapshot, <c>c</c> create, <c>u</c> update.</param>
internal sealed record CdcEvent(string Topic, object Key, object Row, long Lsn, DateTimeOffset EventTime, string Op = "c")
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public byte[] KeyJson() => JsonSerializer.SerializeToUtf8Bytes(Key, Json);

    public byte[] ValueJson() => JsonSerializer.SerializeToUtf8Bytes(
        new Dictionary<string, object?>
        {
            ["before"] = null,
            ["after"] = Row,
            ["source"] = new Dictionary<string, object?> { ["name"] = Topic.Split('.')[0], ["table"] = Topic.Split('.')[^1], ["lsn"] = Lsn, ["ts_ms"] = EventTime.ToUnixTimeMilliseconds(), ["snapshot"] = Op == "r" ? "true" : null },
            ["op"] = Op,
            ["ts_ms"] = EventTime.ToUnixTimeMilliseconds(),
        },
        Json);
}
