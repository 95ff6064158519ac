namespace StreamKit.Runtime;

/// <summary>What a crash may do to outputs and state.</summary>
public enum ProcessingGuarantee
{
    /// <summary>
    /// Outputs may repeat after a crash; state is still exactly-once, because restore applies only
    /// batches whose checkpoint record reached the changelog and resumes input from that checkpoint.
    /// </summary>
    AtLeastOnce,

    /// <summary>One transactional producer per stream thread: outputs, changelogs, checkpoints and offsets commit together.</summary>
    ExactlyOnceV2,
}
