using System.Globalization;
using StreamKit;
using StreamKit.Dsl;
using StreamKit.Serialization;

namespace FinanceStreams.Host.Samples;

/// <summary>
/// A small stateful topology that exercises the runtime end to end: payments (key payment id, value
/// <c>customer:amount</c>) are re-keyed by customer through a repartition topic, summed per customer,
/// joined with the customers table (table-table) and written as <c>name:total</c> per customer.
/// A payment applied twice or lost shows in the totals, which is what the crash tests check.
/// </summary>
internal static class PaymentTotalsTopology
{
    public const string TotalsStore = "customer-totals";

    /// <summary>The input and output topics, under a prefix so that runs do not share data.</summary>
    public static (string Payments, string Customers, string Report) Topics(string prefix) =>
        ($"{prefix}sample.payments", $"{prefix}sample.customers", $"{prefix}sample.customer-report");

    public static Topology Build(StreamsBuilder builder, string prefix)
    {
        var (payments, customersTopic, report) = Topics(prefix);
        var customers = builder.Table(customersTopic, Consumed<string, string>.With(Serdes.String, Serdes.String));
        builder.Stream(payments, Consumed<string, string>.With(Serdes.String, Serdes.String))
            .SelectKey((_, v) => v.Split(':')[0], Serdes.String)
            .MapValues((_, v) => long.Parse(v.Split(':')[1], CultureInfo.InvariantCulture), Serdes.Int64)
            .GroupByKey(Grouped<string, long>.With(Serdes.String, Serdes.Int64).WithName("payments-by-customer"))
            .Aggregate(() => 0L, (_, amount, total) => total + amount, Materialized<string, long>.As(TotalsStore, Serdes.String, Serdes.Int64))
            .Join(customers, (total, name) => $"{name}:{total.ToString(CultureInfo.InvariantCulture)}", Materialized<string, string>.As("customer-report", Serdes.String, Serdes.String))
            .ToStream()
            .To(report);
        return builder.Build();
    }
}
