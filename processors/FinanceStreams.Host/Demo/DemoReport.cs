using System.Globalization;
using Confluent.Kafka;
using finance.budget;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Conversions;
using FinanceStreams.Contracts.Serialization;
using StreamKit.Serialization;

namespace FinanceStreams.Host.Demo;

/// <summary>Reads the budget outputs back and prints what a controller wants to see.</summary>
internal static class DemoReport
{
    /// <summary>Waits until <paramref name="buckets"/> buckets are reported and quiet for a moment, then prints them; false on timeout.</summary>
    public static bool Print(string bootstrapServers, ContractSerdes serdes, int buckets, TimeSpan timeout)
    {
        var consumption = serdes.Avro<BudgetConsumption>();
        var alerts = serdes.Avro<BudgetAlert>();
        var checks = serdes.Avro<BudgetCheck>();
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = $"demo-report-{Guid.NewGuid():N}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
        }).SetLogHandler((_, _) => { }).Build();
        consumer.Subscribe([Topics.BudgetConsumption.Name, Topics.BudgetAlerts.Name, Topics.BudgetChecks.Name]);
        var latest = new SortedDictionary<string, BudgetConsumption>(StringComparer.Ordinal);
        var (alertLines, checkLines) = (new List<string>(), new List<string>());
        var (clock, lastChange) = (System.Diagnostics.Stopwatch.StartNew(), TimeSpan.Zero);
        while (clock.Elapsed < timeout && !(latest.Count >= buckets && clock.Elapsed - lastChange > TimeSpan.FromSeconds(4)))
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(250)) is not { Message.Value: { } value } record)
            {
                continue;
            }

            lastChange = clock.Elapsed;
            var context = SerdeContext.Value(record.Topic);
            if (record.Topic == Topics.BudgetConsumption.Name)
            {
                var bucket = consumption.Deserialize(value, context);
                latest[$"{bucket.cost_center} {bucket.fiscal_year}-{bucket.fiscal_period:D2}"] = bucket;
            }
            else if (record.Topic == Topics.BudgetAlerts.Name)
            {
                var alert = alerts.Deserialize(value, context);
                alertLines.Add($"  {alert.cost_center} {alert.fiscal_year}-{alert.fiscal_period:D2}: {alert.old_status?.ToString() ?? "(new)"} -> {alert.new_status}");
            }
            else
            {
                var check = checks.Deserialize(value, context);
                checkLines.Add($"  {check.document_type} {check.document_id} on {check.cost_center}: {check.decision} ({check.reason})");
            }
        }

        consumer.Close();
        Console.WriteLine();
        Console.WriteLine("Budget consumption (finance.budget-consumption)");
        Console.WriteLine($"  {"bucket",-18} {"cur",-4} {"budget",12} {"consumed",12} {"available",12} {"util %",8}  status");
        foreach (var (key, b) in latest)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {key,-18} {b.currency,-4} {b.budget.ToDecimal(),12:N2} {b.consumed.ToDecimal(),12:N2} {b.available.ToDecimal(),12:N2} {b.utilization_pct.ToDecimal(),8:N1}  {b.status}"));
        }

        Console.WriteLine($"Budget alerts (finance.budget-alerts): {alertLines.Count}");
        alertLines.ForEach(Console.WriteLine);
        Console.WriteLine($"Budget checks (finance.budget-checks): {checkLines.Count}");
        checkLines.ForEach(Console.WriteLine);
        return latest.Count >= buckets;
    }
}
