namespace StreamKit.State;

/// <summary>Opens and destroys the bytes stores that hold the time segments of a segmented store.</summary>
internal interface ISegmentProvider
{
    bool Persistent { get; }

    /// <summary>The segments found when the store is opened (persistent stores), in any order.</summary>
    IReadOnlyList<long> ExistingSegments();

    IKeyValueBytesStore Open(long segmentId);

    /// <summary>Closes <paramref name="segment"/> and deletes its data.</summary>
    void Destroy(long segmentId, IKeyValueBytesStore segment);
}
