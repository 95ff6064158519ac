using System.Buffers.Binary;
using StreamKit.Serialization;

namespace StreamKit.Dsl.ForeignKey;

/// <summary>
/// A left row's request to the right side of a foreign-key join: subscribe (with a hash of the left
/// value, to recognise stale responses) or unsubscribe, for the left key given as bytes.
/// </summary>
/// <param name="LeftKey">The left row's serialized key.</param>
/// <param name="Hash">Hash of the left value the response must match; null when unsubscribing.</param>
internal sealed record Subscription(byte[] LeftKey, byte[]? Hash)
{
    public bool IsUnsubscribe => Hash is null;

    /// <summary>Layout: 4-byte key length, key, then the hash (absent for unsubscribe).</summary>
    public sealed class Serde : ISerde<Subscription>
    {
        public byte[] Serialize(Subscription value, SerdeContext context)
        {
            var bytes = new byte[4 + value.LeftKey.Length + (value.Hash?.Length ?? 0)];
            BinaryPrimitives.WriteInt32BigEndian(bytes, value.LeftKey.Length);
            value.LeftKey.CopyTo(bytes, 4);
            value.Hash?.CopyTo(bytes, 4 + value.LeftKey.Length);
            return bytes;
        }

        public Subscription Deserialize(ReadOnlySpan<byte> data, SerdeContext context)
        {
            var length = data.Length >= 4 ? BinaryPrimitives.ReadInt32BigEndian(data) : -1;
            if (length < 0 || 4 + length > data.Length)
            {
                throw new SerdeException($"Not a foreign-key subscription on '{context.Topic}' ({data.Length} bytes).");
            }

            var hash = data[(4 + length)..];
            return new Subscription(data.Slice(4, length).ToArray(), hash.IsEmpty ? null : hash.ToArray());
        }
    }
}
