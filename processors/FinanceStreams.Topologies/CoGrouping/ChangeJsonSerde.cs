using System.Text.Json;
using StreamKit.Dsl;
using StreamKit.Serialization;

namespace FinanceStreams.Topologies.CoGrouping;

/// <summary>Writes a table <see cref="Change{TValue}"/> as JSON <c>{"new":..,"old":..}</c> (absent sides omitted).</summary>
/// <typeparam name="T">Row type.</typeparam>
public sealed class ChangeJsonSerde<T> : ISerde<Change<T>>
    where T : class
{
    /// <inheritdoc/>
    public byte[] Serialize(Change<T> value, SerdeContext context) =>
        JsonSerializer.SerializeToUtf8Bytes(new Wire(value.New.HasValue ? value.New.Value : null, value.Old.HasValue ? value.Old.Value : null), TopologyJson.Options);

    /// <inheritdoc/>
    public Change<T> Deserialize(ReadOnlySpan<byte> data, SerdeContext context)
    {
        var wire = JsonSerializer.Deserialize<Wire>(data, TopologyJson.Options)
            ?? throw new SerdeException($"Topic '{context.Topic}': a change must be a JSON object.");
        return new Change<T>(Optional<T>.OfNullable(wire.New), Optional<T>.OfNullable(wire.Old));
    }

    private sealed record Wire(T? New, T? Old);
}
