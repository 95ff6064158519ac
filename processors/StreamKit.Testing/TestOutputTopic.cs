using StreamKit.Processing;
using StreamKit.Serialization;

namespace StreamKit.Testing;

/// <summary>Reads what a topology under test wrote to a topic; each record is read once.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public sealed class TestOutputTopic<TKey, TValue>
    where TKey : notnull
{
    private readonly TopologyTestDriver _driver;
    private readonly string _topic;
    private readonly ISerde<TKey> _keySerde;
    private readonly ISerde<TValue> _valueSerde;
    private int _read;

    internal TestOutputTopic(TopologyTestDriver driver, string topic, ISerde<TKey> keySerde, ISerde<TValue> valueSerde)
    {
        _driver = driver;
        _topic = topic;
        _keySerde = keySerde;
        _valueSerde = valueSerde;
    }

    /// <summary>Whether every written record has been read.</summary>
    public bool IsEmpty => _read >= _driver.Output(_topic).Count;

    /// <summary>The records not read yet, oldest first; a tombstone has a default value.</summary>
    public IReadOnlyList<Record<TKey, TValue?>> ReadRecords()
    {
        var all = _driver.Output(_topic);
        var records = all.Skip(_read).Select(r => new Record<TKey, TValue?>(
            r.Key is null ? default! : _keySerde.Deserialize(r.Key, SerdeContext.Key(_topic)),
            r.Value is null ? default : _valueSerde.Deserialize(r.Value, SerdeContext.Value(_topic)),
            r.Timestamp,
            r.Headers)).ToList();
        _read = all.Count;
        return records;
    }

    /// <summary>The latest value per key among the records not read yet (a tombstone removes the key).</summary>
    public IReadOnlyDictionary<TKey, TValue> ReadKeyValuesToMap()
    {
        var map = new Dictionary<TKey, TValue>();
        foreach (var record in ReadRecords())
        {
            if (record.Value is null)
            {
                map.Remove(record.Key);
            }
            else
            {
                map[record.Key] = record.Value;
            }
        }

        return map;
    }

    /// <summary>The values not read yet.</summary>
    public IReadOnlyList<TValue?> ReadValues() => [.. ReadRecords().Select(r => r.Value)];
}
