namespace StreamKit.Runtime;

/// <summary>The allowed task state transitions; anything else is a bug and throws.</summary>
public static class TaskStateMachine
{
    private static readonly Dictionary<TaskState, TaskState[]> Allowed = new()
    {
        [TaskState.Created] = [TaskState.Restoring, TaskState.Suspended, TaskState.Closed],
        [TaskState.Restoring] = [TaskState.Running, TaskState.Suspended, TaskState.Closed],
        [TaskState.Running] = [TaskState.Suspended, TaskState.Closed],
        [TaskState.Suspended] = [TaskState.Restoring, TaskState.Running, TaskState.Closed],
        [TaskState.Closed] = [],
    };

    /// <summary>Whether a task may go from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanMove(TaskState from, TaskState to) => Allowed[from].Contains(to);

    /// <summary>Returns <paramref name="to"/>, or throws when the move is not allowed.</summary>
    public static TaskState Move(TaskState from, TaskState to, string task) =>
        CanMove(from, to) ? to : throw new InvalidOperationException($"Task {task} cannot move from {from} to {to}.");
}
