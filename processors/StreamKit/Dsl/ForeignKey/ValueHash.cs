using System.Security.Cryptography;

namespace StreamKit.Dsl.ForeignKey;

/// <summary>A short, stable hash of a serialized left value: equal bytes, equal hash.</summary>
internal static class ValueHash
{
    public static byte[] Of(byte[] serialized) => SHA256.HashData(serialized)[..16];
}
