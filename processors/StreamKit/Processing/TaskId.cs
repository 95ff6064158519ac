namespace StreamKit.Processing;

/// <summary>Identifies a task: a sub-topology and the partition number it processes.</summary>
/// <param name="Subtopology">Index of the sub-topology.</param>
/// <param name="Partition">Partition number of its input topics.</param>
public readonly record struct TaskId(int Subtopology, int Partition)
{
    /// <inheritdoc />
    public override string ToString() => $"{Subtopology}_{Partition}";
}
