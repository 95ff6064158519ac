using System.Globalization;
using FinanceStreams.Topologies.Dataflow;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>The keys of the bucket stage's parts.</summary>
internal static class StoreKeys
{
    public static string CostCenter(string costCenter) => PartKey.Of("cc", costCenter);

    public static string Rate(string from, string to, DateOnly date) => PartKey.Of("fx", from, to, Day(date));

    public static string Rates(string from, string to) => PartKey.Of("fx", from, to);

    public static string Bucket(BucketRef b) => PartKey.Of("bucket", b.CostCenter, Year(b), Period(b));

    public static string Item(BucketRef b, string itemId) => PartKey.Of("item", b.CostCenter, Year(b), Period(b), itemId);

    public static string Items(BucketRef b) => PartKey.Of("item", b.CostCenter, Year(b), Period(b));

    public static string Items(string costCenter) => PartKey.Of("item", costCenter);

    public static string Document(BucketRef b, string documentId) => PartKey.Of("doc", b.CostCenter, Year(b), Period(b), documentId);

    public static string Documents(BucketRef b) => PartKey.Of("doc", b.CostCenter, Year(b), Period(b));

    /// <summary>Where a checked document (requisition or PO id) is counted: one key per bucket and contribution document.</summary>
    public static string Placement(string checkedId, BucketRef b, string documentId) => PartKey.Of("where", checkedId, b.CostCenter, Year(b), Period(b), documentId);

    public static string Placements(string checkedId) => PartKey.Of("where", checkedId);

    public static string Pair(string from, string to, BucketRef b, string itemId) => PartKey.Of("pair", from, to, b.CostCenter, Year(b), Period(b), itemId);

    public static string Pairs(string from, string to) => PartKey.Of("pair", from, to);

    public static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Year(BucketRef b) => b.Year.ToString("D4", CultureInfo.InvariantCulture);

    private static string Period(BucketRef b) => b.Period.ToString("D2", CultureInfo.InvariantCulture);
}
