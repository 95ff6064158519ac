using System.Buffers.Binary;
using StreamKit.Serialization;

namespace StreamKit.Dsl.ForeignKey;

/// <summary>The right side's answer to a subscription: the hash it answers and the right row, if any.</summary>
/// <typeparam name="TRight">Right value type.</typeparam>
/// <param name="Hash">The subscription's hash, echoed so the left side can drop stale answers.</param>
/// <param name="Right">The right row's current value, absent when there is none.</param>
internal sealed record SubscriptionResponse<TRight>(byte[] Hash, Optional<TRight> Right)
{
    /// <summary>Layout: 4-byte hash length, hash, then the right value (absent when none).</summary>
    public sealed class Serde(ISerde<TRight> right) : ISerde<SubscriptionResponse<TRight>>
    {
        public byte[] Serialize(SubscriptionResponse<TRight> value, SerdeContext context)
        {
            var rightBytes = value.Right.HasValue ? right.Serialize(value.Right.Value, context) : [];
            var bytes = new byte[5 + value.Hash.Length + rightBytes.Length];
            BinaryPrimitives.WriteInt32BigEndian(bytes, value.Hash.Length);
            value.Hash.CopyTo(bytes, 4);
            bytes[4 + value.Hash.Length] = value.Right.HasValue ? (byte)1 : (byte)0;
            rightBytes.CopyTo(bytes, 5 + value.Hash.Length);
            return bytes;
        }

        public SubscriptionResponse<TRight> Deserialize(ReadOnlySpan<byte> data, SerdeContext context)
        {
            var length = data.Length >= 4 ? BinaryPrimitives.ReadInt32BigEndian(data) : -1;
            if (length < 0 || 5 + length > data.Length)
            {
                throw new SerdeException($"Not a foreign-key response on '{context.Topic}' ({data.Length} bytes).");
            }

            var present = data[4 + length] == 1;
            var value = present ? Optional<TRight>.Some(right.Deserialize(data[(5 + length)..], context)) : Optional<TRight>.None;
            return new SubscriptionResponse<TRight>(data.Slice(4, length).ToArray(), value);
        }
    }
}
