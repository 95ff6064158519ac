using StreamKit.Processing;
using StreamKit.Serialization;

namespace StreamKit.Testing;

/// <summary>Pipes typed records into a topology under test.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public sealed class TestInputTopic<TKey, TValue>
{
    private readonly TopologyTestDriver _driver;
    private readonly string _topic;
    private readonly ISerde<TKey> _keySerde;
    private readonly ISerde<TValue> _valueSerde;

    internal TestInputTopic(TopologyTestDriver driver, string topic, ISerde<TKey> keySerde, ISerde<TValue> valueSerde)
    {
        _driver = driver;
        _topic = topic;
        _keySerde = keySerde;
        _valueSerde = valueSerde;
    }

    /// <summary>Pipes one record; a null value is a tombstone.</summary>
    public void Pipe(TKey key, TValue? value, long timestamp, RecordHeaders? headers = null) =>
        _driver.Pipe(
            _topic,
            key is null ? null : _keySerde.Serialize(key, SerdeContext.Key(_topic)),
            value is null ? null : _valueSerde.Serialize(value, SerdeContext.Value(_topic)),
            timestamp,
            headers ?? RecordHeaders.Empty);

    /// <summary>Pipes raw bytes, for testing bad input.</summary>
    public void PipeRaw(byte[]? key, byte[]? value, long timestamp) => _driver.Pipe(_topic, key, value, timestamp, RecordHeaders.Empty);
}
