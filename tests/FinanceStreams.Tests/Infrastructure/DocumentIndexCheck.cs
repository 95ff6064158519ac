using System.Globalization;
using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Consumption.Bucketing;
using Streamiz.Kafka.Net.State;

namespace FinanceStreams.Tests.Infrastructure;

/// <summary>
/// The bucket stage's document index against the buckets' own document lists: every checked document a bucket lists is
/// found by <see cref="BucketQuery.FindDocument"/> in exactly the buckets that list it, with the same type (buckets
/// without figures, whose cost center is gone, list nothing and are left out).
/// </summary>
internal static class DocumentIndexCheck
{
    /// <summary>Null when the index agrees with the buckets of <paramref name="stores"/> (all of one topology's partitions), else what differs.</summary>
    public static string? Compare(IReadOnlyList<IReadOnlyKeyValueStore<string, byte[]>> stores)
    {
        var buckets = stores.SelectMany(s => s.All()).Select(e => e.Key.Split('\u001F')).Where(k => k[0] == "bucket")
            .Select(k => (CostCenter: k[1], Year: int.Parse(k[2], CultureInfo.InvariantCulture), Period: int.Parse(k[3], CultureInfo.InvariantCulture)));
        var read = buckets.SelectMany(b => stores.Select(s => BucketQuery.Read(s, b.CostCenter, b.Year, b.Period))).Where(r => r.Figures is not null).ToList();
        var withFigures = read.Select(r => Buckets.Key(r.Figures!.CostCenter, r.Figures.FiscalYear, r.Figures.FiscalPeriod)).ToHashSet(StringComparer.Ordinal);
        var listed = read.SelectMany(r => r.Documents)
            .Select(d => $"{d.Check!.DocumentId} {d.Check.DocumentType} {Buckets.Key(d.CostCenter, d.FiscalYear, d.FiscalPeriod)}")
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var indexed = listed.Select(l => l.Split(' ')[0]).Distinct()
            .SelectMany(id => stores.SelectMany(s => BucketQuery.FindDocument(s, id)))
            .Where(d => withFigures.Contains(Buckets.Key(d.CostCenter, d.FiscalYear, d.FiscalPeriod)))
            .Select(d => $"{d.DocumentId} {d.DocumentType} {Buckets.Key(d.CostCenter, d.FiscalYear, d.FiscalPeriod)}")
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return listed.SequenceEqual(indexed)
            ? null
            : $"document index differs: listed by buckets only [{string.Join(", ", listed.Except(indexed))}], indexed only [{string.Join(", ", indexed.Except(listed))}]";
    }
}
