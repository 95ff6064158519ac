namespace FinanceStreams.Contracts.Cdc.Reading;

/// <summary>
/// A record read from JSON or Avro as a neutral tree: objects are
/// <see cref="IReadOnlyDictionary{TKey,TValue}"/> of field name to value; leaves are strings,
/// <see cref="JsonNumber"/>, bools, ints, longs, <c>Avro.AvroDecimal</c>, <see cref="DateTime"/>, byte arrays or null.
/// </summary>
/// <param name="Root">The record.</param>
/// <param name="Format">Where it came from, for messages.</param>
/// <param name="ConnectDecimalScales">For wrapped JSON: path of each Kafka Connect Decimal field to its scale (base64 values).</param>
internal sealed record PayloadTree(IReadOnlyDictionary<string, object?> Root, string Format, IReadOnlyDictionary<string, int> ConnectDecimalScales);
