namespace FinanceStreams.Topologies.Consumption;

/// <summary>A budget bucket: cost center, fiscal year and period (calendar year and month of the document date).</summary>
public readonly record struct BucketRef(string CostCenter, int Year, int Period)
{
    /// <summary>The bucket of <paramref name="date"/>.</summary>
    public static BucketRef Of(string costCenter, DateOnly date) => new(costCenter, date.Year, date.Month);

    /// <summary>Reads <see cref="Key"/> back (the cost center may itself hold '|').</summary>
    public static BucketRef Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var period = key.LastIndexOf('|');
        var year = key.LastIndexOf('|', period - 1);
        return new(key[..year], int.Parse(key[(year + 1)..period], System.Globalization.CultureInfo.InvariantCulture), int.Parse(key[(period + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The text key, <c>cc|yyyy|pp</c>.</summary>
    public string Key => Budget.Buckets.Key(CostCenter, Year, Period);

    /// <summary>A change that puts <paramref name="contribution"/> here.</summary>
    public Messages.ItemChange Put(string itemId, long version, Messages.Contribution contribution) => new(itemId, CostCenter, Year, Period, version, contribution);

    /// <summary>A change that takes the item out of here.</summary>
    public Messages.ItemChange Remove(string itemId, long version) => new(itemId, CostCenter, Year, Period, version, null);
}
