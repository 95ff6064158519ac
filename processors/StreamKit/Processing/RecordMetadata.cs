namespace StreamKit.Processing;

/// <summary>Where a record came from: lineage for outputs and dead letters.</summary>
/// <param name="Topic">Source topic.</param>
/// <param name="Partition">Source partition.</param>
/// <param name="Offset">Source offset.</param>
public readonly record struct RecordMetadata(string Topic, int Partition, long Offset);
