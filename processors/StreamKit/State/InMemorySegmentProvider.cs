namespace StreamKit.State;

/// <summary>Segments as sorted in-memory stores.</summary>
internal sealed class InMemorySegmentProvider : ISegmentProvider
{
    private readonly string _storeName;

    public InMemorySegmentProvider(string storeName)
    {
        _storeName = storeName;
    }

    public bool Persistent => false;

    public IReadOnlyList<long> ExistingSegments() => [];

    public IKeyValueBytesStore Open(long segmentId) => new InMemoryKeyValueBytesStore(_storeName);

    public void Destroy(long segmentId, IKeyValueBytesStore segment) => segment.Dispose();
}
