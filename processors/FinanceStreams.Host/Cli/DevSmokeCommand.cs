using System.CommandLine;
using Confluent.Kafka;
using StreamKit.Admin;

namespace FinanceStreams.Host.Cli;

/// <summary>
/// <c>finance-streams dev smoke</c>: produces records to the local broker and reads them back in a
/// consumer group, printing each one, to show that the broker really carries traffic.
/// </summary>
internal static class DevSmokeCommand
{
    private const string Topic = "dev.smoke";

    public static Command Build()
    {
        var infoFile = new Option<string>("--info-file") { Description = "The running broker's info file.", DefaultValueFactory = _ => DevPaths.BrokerInfo };
        var count = new Option<int>("--count") { Description = "Records to produce and consume.", DefaultValueFactory = _ => 10 };
        var command = new Command("smoke", "Produce records to the local broker and consume them back.") { infoFile, count };
        command.SetAction(async (result, cancel) =>
        {
            var info = DevBrokerInfo.Read(result.GetValue(infoFile)!);
            return await RunAsync(info, result.GetValue(count), cancel).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(DevBrokerInfo info, int count, CancellationToken cancel)
    {
        using (var admin = TopicAdmins.Create(info))
        {
            await admin.EnsureTopicsAsync([new TopicSpec(Topic, 3)], cancel).ConfigureAwait(false);
        }

        var runId = Guid.NewGuid().ToString("N")[..8];
        using (var producer = new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = info.BootstrapServers, EnableIdempotence = true }).Build())
        {
            for (var i = 1; i <= count; i++)
            {
                var key = $"{runId}-{i:D3}";
                var delivery = await producer.ProduceAsync(Topic, new Message<string, string> { Key = key, Value = $"{{\"n\":{i},\"run\":\"{runId}\"}}" }, cancel).ConfigureAwait(false);
                Console.WriteLine($"produced  {delivery.TopicPartitionOffset,-22} key={key}");
            }
        }

        var seen = 0;
        var config = new ConsumerConfig
        {
            BootstrapServers = info.BootstrapServers,
            GroupId = $"dev-smoke-{runId}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
        };
        using var consumer = new ConsumerBuilder<string, string>(config).Build();
        consumer.Subscribe(Topic);
        var deadline = Task.Delay(TimeSpan.FromSeconds(30), cancel);
        while (seen < count && !deadline.IsCompleted)
        {
            var record = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (record?.Message.Key.StartsWith(runId, StringComparison.Ordinal) == true)
            {
                seen++;
                Console.WriteLine($"consumed  {record.TopicPartitionOffset,-22} key={record.Message.Key} value={record.Message.Value}");
                consumer.Commit(record);
            }
        }

        consumer.Close();
        Console.WriteLine(seen == count ? $"OK: {count} records went through the broker in group {config.GroupId}" : $"FAILED: consumed {seen} of {count}");
        return seen == count ? 0 : 1;
    }
}
