using System.Globalization;

namespace StreamKit.State;

/// <summary>
/// Segments as RocksDB databases in <c>&lt;directory&gt;/&lt;store&gt;.&lt;segment start ms&gt;</c>, as Kafka
/// Streams names them. Directories whose start is not a multiple of the segment interval (left by
/// another retention setting) are not opened.
/// </summary>
internal sealed class RocksDbSegmentProvider : ISegmentProvider
{
    private readonly string _storeName;
    private readonly string _directory;
    private readonly long _segmentIntervalMs;

    public RocksDbSegmentProvider(string storeName, string directory, long segmentIntervalMs)
    {
        _storeName = storeName;
        _directory = directory;
        _segmentIntervalMs = segmentIntervalMs;
    }

    public bool Persistent => true;

    public IReadOnlyList<long> ExistingSegments()
    {
        if (!Directory.Exists(_directory))
        {
            return [];
        }

        var prefix = _storeName + ".";
        return Directory.EnumerateDirectories(_directory)
            .Select(Path.GetFileName)
            .Where(n => n is not null && n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => long.TryParse(n![prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : -1)
            .Where(start => start >= 0 && start % _segmentIntervalMs == 0)
            .Select(start => start / _segmentIntervalMs)
            .ToList();
    }

    public IKeyValueBytesStore Open(long segmentId) => RocksDbKeyValueBytesStore.Open(_storeName, PathOf(segmentId));

    public void Destroy(long segmentId, IKeyValueBytesStore segment)
    {
        segment.Dispose();
        var path = PathOf(segmentId);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private string PathOf(long segmentId) =>
        Path.Combine(_directory, string.Create(CultureInfo.InvariantCulture, $"{_storeName}.{segmentId * _segmentIntervalMs}"));
}
