using StreamKit.State;

namespace StreamKit.Tests.State;

public sealed class RecordingChangelogSink : IChangelogSink
{
    public List<(string Store, byte[] Key, byte[]? Value, long Timestamp)> Records { get; } = [];

    public void Send(string store, byte[] key, byte[]? value, long timestamp) => Records.Add((store, key, value, timestamp));
}
