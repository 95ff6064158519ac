namespace StreamKit.State;

/// <summary>How far a store's restore has come.</summary>
/// <param name="Store">The store name.</param>
/// <param name="Restored">Changelog records applied so far.</param>
/// <param name="Total">Changelog records to apply in all (end offset minus start offset).</param>
public readonly record struct RestoreProgress(string Store, long Restored, long Total)
{
    /// <summary>True once every record is applied.</summary>
    public bool IsComplete => Restored >= Total;
}
