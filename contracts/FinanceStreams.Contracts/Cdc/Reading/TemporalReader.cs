using System.Globalization;
using System.Text.RegularExpressions;

namespace FinanceStreams.Contracts.Cdc.Reading;

/// <summary>Reads Avro <c>date</c> and <c>timestamp-millis</c> values in the forms Debezium emits.</summary>
internal static partial class TemporalReader
{
    private static readonly DateTime _epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>ISO "2026-03-15", or integer days since 1970-01-01; result is midnight UTC.</summary>
    public static DateTime ReadDate(object? value, string path, ConversionScope scope)
    {
        const string Expected = "a date as ISO \"yyyy-MM-dd\" or integer days since 1970-01-01";
        switch (value)
        {
            case string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            case JsonNumber n when int.TryParse(n.Raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days):
                return AddDays(days, value, path, scope, Expected);
            case int days:
                return AddDays(days, value, path, scope, Expected);
            case DateTime dateTime:
                return DateTime.SpecifyKind(dateTime.Date, DateTimeKind.Utc);
            default:
                throw scope.Error(path, Expected, value);
        }
    }

    /// <summary>ISO-8601 with offset (or UTC when none), or integer epoch milliseconds; result is UTC.</summary>
    public static DateTime ReadTimestamp(object? value, string path, ConversionScope scope)
    {
        const string Expected = "a timestamp as ISO-8601 or integer epoch milliseconds";
        try
        {
            return value switch
            {
                string s when IsoTimestamp().IsMatch(s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) => instant.UtcDateTime,
                JsonNumber n when long.TryParse(n.Raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime,
                long ms => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime,
                int ms => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime,
                DateTime dateTime => dateTime.Kind == DateTimeKind.Local ? dateTime.ToUniversalTime() : DateTime.SpecifyKind(dateTime, DateTimeKind.Utc),
                _ => throw scope.Error(path, Expected, value),
            };
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw scope.Error(path, Expected + " in range", value, ex);
        }
    }

    private static DateTime AddDays(int days, object? value, string path, ConversionScope scope, string expected)
    {
        try
        {
            return _epoch.AddDays(days);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw scope.Error(path, expected + " in range", value, ex);
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoTimestamp();
}
