using StreamKit.Runtime;

namespace StreamKit.Tests.Runtime;

public sealed class TaskStateMachineTests
{
    public static TheoryData<TaskState, TaskState, bool> Transitions()
    {
        var allowed = new HashSet<(TaskState, TaskState)>
        {
            (TaskState.Created, TaskState.Restoring), (TaskState.Created, TaskState.Suspended), (TaskState.Created, TaskState.Closed),
            (TaskState.Restoring, TaskState.Running), (TaskState.Restoring, TaskState.Suspended), (TaskState.Restoring, TaskState.Closed),
            (TaskState.Running, TaskState.Suspended), (TaskState.Running, TaskState.Closed),
            (TaskState.Suspended, TaskState.Restoring), (TaskState.Suspended, TaskState.Running), (TaskState.Suspended, TaskState.Closed),
        };
        var data = new TheoryData<TaskState, TaskState, bool>();
        foreach (var from in Enum.GetValues<TaskState>())
        {
            foreach (var to in Enum.GetValues<TaskState>())
            {
                data.Add(from, to, allowed.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void CanMove_EveryPairOfStates_MatchesTheTable(TaskState from, TaskState to, bool expected) =>
        Assert.Equal(expected, TaskStateMachine.CanMove(from, to));

    [Fact]
    public void Move_NotAllowed_ThrowsNamingTaskAndStates()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TaskStateMachine.Move(TaskState.Closed, TaskState.Running, "0_1"));
        Assert.Equal("Task 0_1 cannot move from Closed to Running.", error.Message);
    }
}
