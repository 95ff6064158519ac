using StreamKit.Processing;
using StreamKit.State;

namespace StreamKit.Graph;

/// <summary>The context a processor instance sees: typed forwarding to its children and its task's services.</summary>
internal sealed class ProcessorContext<TKeyOut, TValueOut>(TaskRuntime task, NodeDefinition node, IReadOnlyList<IRecordReceiver<TKeyOut, TValueOut>> children)
    : IProcessorContext<TKeyOut, TValueOut>
{
    public TaskId TaskId => task.TaskId;

    public string ApplicationId => task.ApplicationId;

    public RecordMetadata? RecordMetadata => task.CurrentMetadata;

    public long StreamTime => task.StreamTime;

    public long WallClockTime => task.Time.GetUtcNow().ToUnixTimeMilliseconds();

    public void Forward(Record<TKeyOut, TValueOut> record)
    {
        foreach (var child in children)
        {
            child.Process(record);
        }
    }

    public void Forward(Record<TKeyOut, TValueOut> record, string childName)
    {
        var child = children.FirstOrDefault(c => c.Name == childName)
            ?? throw new InvalidOperationException($"Processor '{node.Name}' has no child named '{childName}'.");
        child.Process(record);
    }

    public TStore GetStateStore<TStore>(string name)
        where TStore : IStateStore
    {
        if (!node.StoreNames.Contains(name, StringComparer.Ordinal) && !task.IsGlobalStore(name))
        {
            throw new InvalidOperationException($"Processor '{node.Name}' is not connected to store '{name}'; connect it when adding the processor.");
        }

        return task.Store(name) is TStore store
            ? store
            : throw new InvalidOperationException($"Store '{name}' is a {task.Store(name).GetType().Name}, not a {typeof(TStore).Name}.");
    }

    public ICancellable Schedule(TimeSpan interval, PunctuationType type, Action<long> punctuator) =>
        task.Schedule(interval, type, punctuator);
}
