namespace FinanceStreams.Contracts.Conversions;

/// <summary>
/// Conversions for the <see cref="DateTime"/> values the generated types use for Avro
/// <c>date</c> (midnight UTC) and <c>timestamp-millis</c> (UTC).
/// </summary>
public static class AvroDateExtensions
{
    /// <summary>The calendar date of an Avro <c>date</c> value.</summary>
    public static DateOnly ToDateOnly(this DateTime avroDate) => DateOnly.FromDateTime(avroDate);

    /// <summary>An Avro <c>date</c> value: midnight UTC of <paramref name="date"/>.</summary>
    public static DateTime ToAvroDate(this DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>An Avro <c>timestamp-millis</c> value (UTC) for an instant.</summary>
    public static DateTime ToAvroTimestamp(this DateTimeOffset instant) => instant.UtcDateTime;

    /// <summary>The instant of an Avro <c>timestamp-millis</c> value.</summary>
    public static DateTimeOffset ToInstant(this DateTime avroTimestamp) =>
        new(DateTime.SpecifyKind(avroTimestamp, DateTimeKind.Utc));

    /// <summary>An Avro <c>timestamp-millis</c> value from epoch milliseconds (e.g. <c>source.ts_ms</c>).</summary>
    public static DateTime FromEpochMilliseconds(long epochMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(epochMilliseconds).UtcDateTime;
}
