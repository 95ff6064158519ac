using System.Diagnostics.Metrics;

namespace FinanceStreams.Topologies.Ingestion;

/// <summary>Counters of CDC events: every one a topology reads, and those that change no row state (stale or duplicate lsn, tombstones, truncates).</summary>
public static class CdcMetrics
{
    /// <summary>Name of the meter of the finance topologies.</summary>
    public const string MeterName = "FinanceStreams.Topologies";

    /// <summary>Instrument name of dropped stale or duplicate events.</summary>
    public const string StaleEventsName = "finance.cdc.stale_events";

    /// <summary>Instrument name of the CDC events a topology reads.</summary>
    public const string ReadEventsName = "finance.cdc.events_read";

    private static readonly Meter _meter = new(MeterName);
    private static readonly Counter<long> _read = _meter.CreateCounter<long>(ReadEventsName, "{event}", "CDC events a topology read from a source topic, tombstones and truncates included.");
    private static readonly Counter<long> _stale = _meter.CreateCounter<long>(StaleEventsName, "{event}", "CDC events dropped because their lsn is not above the last applied lsn of their key.");
    private static readonly Counter<long> _tombstones = _meter.CreateCounter<long>("finance.cdc.tombstones", "{event}", "Tombstones read (the preceding delete event already removed the row).");
    private static readonly Counter<long> _truncates = _meter.CreateCounter<long>("finance.cdc.truncates", "{event}", "Truncate events read and ignored.");

    /// <summary>Counts an event the topology <paramref name="applicationId"/> read from <paramref name="topic"/>.</summary>
    public static void Read(string applicationId, string topic) =>
        _read.Add(1, new KeyValuePair<string, object?>("application_id", applicationId), new KeyValuePair<string, object?>("topic", topic));

    /// <summary>Counts a stale or duplicate event of <paramref name="topic"/>.</summary>
    public static void Stale(string topic) => _stale.Add(1, new KeyValuePair<string, object?>("topic", topic));

    /// <summary>Counts a tombstone of <paramref name="topic"/>.</summary>
    public static void Tombstone(string topic) => _tombstones.Add(1, new KeyValuePair<string, object?>("topic", topic));

    /// <summary>Counts a truncate event of <paramref name="topic"/>.</summary>
    public static void Truncate(string topic) => _truncates.Add(1, new KeyValuePair<string, object?>("topic", topic));
}
