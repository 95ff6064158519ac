namespace FinanceStreams.Topologies.Budget;

/// <summary>Text keys of budget buckets.</summary>
public static class Buckets
{
    /// <summary>The key of bucket (cost center, year, period).</summary>
    public static string Key(string costCenter, int year, int period) => $"{costCenter}|{year:D4}|{period:D2}";

    /// <summary>The key of the bucket of <paramref name="date"/> (calendar year and month).</summary>
    public static string Key(string costCenter, DateOnly date) => Key(costCenter, date.Year, date.Month);
}
