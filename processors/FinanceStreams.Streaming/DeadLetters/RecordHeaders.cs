using System.Collections;
using System.Collections.Immutable;
using System.Text;

namespace FinanceStreams.Streaming.DeadLetters;

/// <summary>Immutable Kafka record headers; a key may occur more than once, the last one wins on lookup.</summary>
public sealed class RecordHeaders : IReadOnlyList<KeyValuePair<string, byte[]>>
{
    private readonly ImmutableList<KeyValuePair<string, byte[]>> _headers;

    private RecordHeaders(ImmutableList<KeyValuePair<string, byte[]>> headers) => _headers = headers;

    /// <summary>No headers.</summary>
    public static RecordHeaders Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _headers.Count;

    /// <inheritdoc />
    public KeyValuePair<string, byte[]> this[int index] => _headers[index];

    /// <summary>Headers from Confluent's mutable header collection.</summary>
    public static RecordHeaders From(Confluent.Kafka.Headers? headers) =>
        headers is null || headers.Count == 0 ? Empty : new([.. headers.Select(h => KeyValuePair.Create(h.Key, h.GetValueBytes()))]);

    /// <summary>These headers plus one more.</summary>
    public RecordHeaders Add(string key, byte[] value) => new(_headers.Add(KeyValuePair.Create(key, value)));

    /// <summary>These headers plus a UTF-8 string header.</summary>
    public RecordHeaders Add(string key, string value) => Add(key, Encoding.UTF8.GetBytes(value));

    /// <summary>These headers with every <paramref name="key"/> replaced by one value.</summary>
    public RecordHeaders Set(string key, string value) => new RecordHeaders(_headers.RemoveAll(h => h.Key == key)).Add(key, value);

    /// <summary>The last value of <paramref name="key"/> as UTF-8, or null.</summary>
    public string? LastString(string key)
    {
        for (var i = _headers.Count - 1; i >= 0; i--)
        {
            if (_headers[i].Key == key)
            {
                return Encoding.UTF8.GetString(_headers[i].Value);
            }
        }

        return null;
    }

    /// <summary>A Confluent header collection with the same content.</summary>
    public Confluent.Kafka.Headers ToKafka()
    {
        var headers = new Confluent.Kafka.Headers();
        foreach (var (key, value) in _headers)
        {
            headers.Add(key, value);
        }

        return headers;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, byte[]>> GetEnumerator() => _headers.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
