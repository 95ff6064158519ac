namespace StreamKit.Runtime;

/// <summary>The life cycle of a task.</summary>
public enum TaskState
{
    /// <summary>Created; stores not yet restored.</summary>
    Created,

    /// <summary>Rebuilding its stores from their changelogs; not processing, not ready.</summary>
    Restoring,

    /// <summary>Processing records.</summary>
    Running,

    /// <summary>Paused by a rebalance; may resume or close.</summary>
    Suspended,

    /// <summary>Closed for good.</summary>
    Closed,
}
