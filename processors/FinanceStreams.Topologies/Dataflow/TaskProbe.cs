using System.Reflection;
using Streamiz.Kafka.Net;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>
/// Whether a processor's task is running, i.e. its stores are restored. Streamiz 1.8.2 initializes processors before it
/// restores their stores and runs wall-clock punctuations of restoring tasks too; it exposes no task state, so this reads
/// its internal one (the task behind the context). Built once per processor; fails at once if Streamiz's internals change.
/// </summary>
public static class TaskProbe
{
    private const BindingFlags Internal = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

    /// <summary>A probe of the task behind <paramref name="context"/>: true once it runs.</summary>
    /// <exception cref="InvalidOperationException">The Streamiz version at hand keeps its task state elsewhere.</exception>
    public static Func<bool> IsRunning(ProcessorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inner = context.GetType().GetField("context", Internal)?.GetValue(context) as ProcessorContext ?? context;
        var task = typeof(ProcessorContext).GetProperty("Task", Internal)?.GetValue(inner);
        var state = task?.GetType().GetProperty("State", Internal);
        if (task is null || state is null)
        {
            throw new InvalidOperationException($"Cannot read the state of the task behind {context.GetType().Name}: Streamiz's internals differ from 1.8.2.");
        }

        return () => state.GetValue(task)?.ToString() == "RUNNING";
    }
}
