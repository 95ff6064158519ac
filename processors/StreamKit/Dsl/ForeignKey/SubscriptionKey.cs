using System.Buffers.Binary;

namespace StreamKit.Dsl.ForeignKey;

/// <summary>Keys of the subscription store: 4-byte foreign-key length, foreign key, left key; so a prefix scan finds a foreign key's subscribers.</summary>
internal static class SubscriptionKey
{
    public static byte[] Prefix(byte[] foreignKey)
    {
        var bytes = new byte[4 + foreignKey.Length];
        BinaryPrimitives.WriteInt32BigEndian(bytes, foreignKey.Length);
        foreignKey.CopyTo(bytes, 4);
        return bytes;
    }

    public static byte[] Of(byte[] foreignKey, byte[] leftKey) => [.. Prefix(foreignKey), .. leftKey];

    public static byte[] LeftKeyOf(byte[] key) => key[(4 + BinaryPrimitives.ReadInt32BigEndian(key))..];
}
