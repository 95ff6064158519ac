using System.Globalization;
using Confluent.Kafka;
using FinanceStreams.Contracts.Conversions;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Host.Demo;

/// <summary>Reads the outputs back and prints what a controller and an AP clerk want to see.</summary>
internal static class DemoReport
{
    /// <summary>Waits until <paramref name="buckets"/> buckets, <paramref name="invoices"/> invoices and <paramref name="postings"/> posted commands are reported and quiet for a moment, then prints them; false on timeout.</summary>
    public static bool Print(string bootstrapServers, ContractSerdes serdes, int buckets, int invoices, int postings, TimeSpan timeout)
    {
        var outputs = new DemoOutputs(serdes);
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = $"demo-report-{Guid.NewGuid():N}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
        }).SetLogHandler((_, _) => { }).Build();
        consumer.Subscribe(DemoOutputs.Topics);
        var (clock, lastChange) = (System.Diagnostics.Stopwatch.StartNew(), TimeSpan.Zero);
        bool Complete() => outputs.Buckets.Count >= buckets && outputs.Invoices.Count >= invoices && outputs.PostingStatuses.Values.Count(p => p.state == finance.posting.PostingState.POSTED) >= postings;
        while (clock.Elapsed < timeout && !(Complete() && clock.Elapsed - lastChange > TimeSpan.FromSeconds(4)))
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(250)) is { Message.Value: { } value } record)
            {
                lastChange = clock.Elapsed;
                outputs.Add(record.Topic, value);
            }
        }

        consumer.Close();
        PrintBudget(outputs);
        DemoInvoiceReport.Print(outputs);
        return Complete();
    }

    private static void PrintBudget(DemoOutputs outputs)
    {
        Console.WriteLine();
        Console.WriteLine("Budget consumption (finance.budget-consumption)");
        Console.WriteLine($"  {"bucket",-18} {"cur",-4} {"budget",12} {"consumed",12} {"available",12} {"util %",8}  status");
        foreach (var (key, b) in outputs.Buckets)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {key,-18} {b.currency,-4} {b.budget.ToDecimal(),12:N2} {b.consumed.ToDecimal(),12:N2} {b.available.ToDecimal(),12:N2} {b.utilization_pct.ToDecimal(),8:N1}  {b.status}"));
        }

        Console.WriteLine($"Budget alerts (finance.budget-alerts): {outputs.Alerts.Count}");
        outputs.Alerts.ForEach(a => Console.WriteLine($"  {a.cost_center} {a.fiscal_year}-{a.fiscal_period:D2}: {a.old_status?.ToString() ?? "(new)"} -> {a.new_status}"));
        Console.WriteLine($"Budget checks (finance.budget-checks): {outputs.Checks.Count}");
        outputs.Checks.ForEach(c => Console.WriteLine($"  {c.document_type} {c.document_id} on {c.cost_center}: {c.decision} ({c.reason})"));
    }
}
