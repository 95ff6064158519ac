namespace StreamKit.Tests.State;

/// <summary>Short ways to write and read keys in tests.</summary>
public static class Bytes
{
    public static byte[] Of(params byte[] bytes) => bytes;

    public static string Hex(byte[] bytes) => Convert.ToHexString(bytes);

    public static List<string> Keys(IEnumerable<KeyValuePair<byte[], byte[]>> entries) => entries.Select(e => Hex(e.Key)).ToList();
}
