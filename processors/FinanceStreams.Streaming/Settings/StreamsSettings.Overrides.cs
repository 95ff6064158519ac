using Confluent.Kafka;
using Streamiz.Kafka.Net;

namespace FinanceStreams.Streaming.Settings;

public sealed partial record StreamsSettings
{
    private static readonly IReadOnlyDictionary<string, SettingOverride> Overrides = new Dictionary<string, SettingOverride>(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(ApplicationId)] = SettingOverride.Text((s, v) => s with { ApplicationId = v }),
        [nameof(BootstrapServers)] = SettingOverride.Text((s, v) => s with { BootstrapServers = v }),
        [nameof(CommitIntervalMs)] = SettingOverride.Number(1, (s, v) => s with { CommitIntervalMs = v }),
        [nameof(SessionTimeoutMs)] = SettingOverride.Number(1, (s, v) => s with { SessionTimeoutMs = checked((int)v) }, int.MaxValue),
        [nameof(HeartbeatIntervalMs)] = SettingOverride.Number(1, (s, v) => s with { HeartbeatIntervalMs = checked((int)v) }, int.MaxValue),
        [nameof(MaxPollRestoringRecords)] = SettingOverride.Number(1, (s, v) => s with { MaxPollRestoringRecords = v }),
        [nameof(Partitioner)] = SettingOverride.Choice<Partitioner>((s, v) => s with { Partitioner = v }),
        [nameof(Compression)] = SettingOverride.Choice<CompressionType>((s, v) => s with { Compression = v }),
        [nameof(MaxTaskIdleMs)] = SettingOverride.Number(0, (s, v) => s with { MaxTaskIdleMs = v }),
        [nameof(PollMs)] = SettingOverride.Number(1, (s, v) => s with { PollMs = v }),
        [nameof(MaxPollRecords)] = SettingOverride.Number(1, (s, v) => s with { MaxPollRecords = v }),
        [nameof(LingerMs)] = SettingOverride.Number(0, (s, v) => s with { LingerMs = checked((int)v) }, 900_000),
        [nameof(FetchWaitMaxMs)] = SettingOverride.Number(0, (s, v) => s with { FetchWaitMaxMs = checked((int)v) }, int.MaxValue),
        [nameof(DeliveryReportFields)] = SettingOverride.Text((s, v) => s with { DeliveryReportFields = v }),
        [nameof(EnableIdempotence)] = SettingOverride.Flag((s, v) => s with { EnableIdempotence = v }),
        [nameof(Guarantee)] = SettingOverride.Choice<ProcessingGuarantee>((s, v) => s with { Guarantee = v }),
        [nameof(StateDir)] = SettingOverride.Text((s, v) => s with { StateDir = v }),
        [nameof(NumStreamThreads)] = SettingOverride.Number(1, (s, v) => s with { NumStreamThreads = checked((int)v) }, 1_024),
        [nameof(AutoOffsetReset)] = SettingOverride.Choice<AutoOffsetReset>((s, v) => s with { AutoOffsetReset = v }),
    };

    /// <summary>The keys <see cref="WithOverrides"/> accepts (case-insensitive).</summary>
    public static IReadOnlyCollection<string> OverrideKeys => [.. Overrides.Keys];

    /// <summary>
    /// These settings with the string-valued overrides applied, e.g. from configuration or the command
    /// line: <c>CommitIntervalMs=500</c>, <c>Compression=lz4</c>, <c>Guarantee=exactly_once</c>.
    /// Keys are case-insensitive; enum values accept their names with or without <c>_</c>/<c>-</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A key is unknown or given twice, or a value does not parse; the message names the key and the allowed values.</exception>
    public StreamsSettings WithOverrides(IReadOnlyDictionary<string, string> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = this;
        foreach (var (key, value) in overrides)
        {
            if (!Overrides.TryGetValue(key, out var setting))
            {
                throw new ArgumentException($"Unknown streams setting '{key}'. Allowed keys: {string.Join(", ", Overrides.Keys)}.", nameof(overrides));
            }

            if (!seen.Add(key))
            {
                throw new ArgumentException($"Streams setting '{key}' is given more than once.", nameof(overrides));
            }

            result = setting.Apply(result, key, value);
        }

        return result;
    }
}
