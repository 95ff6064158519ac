using StreamKit.Processing;

namespace StreamKit.Graph;

/// <summary>A node that runs a user or DSL processor, one new instance per task.</summary>
internal sealed class ProcessorNode<TKeyIn, TValueIn, TKeyOut, TValueOut>(string name, Func<IProcessor<TKeyIn, TValueIn, TKeyOut, TValueOut>> supplier)
    : OutputNode<TKeyOut, TValueOut>(name), IInputNode<TKeyIn, TValueIn>
{
    public override NodeKind Kind => NodeKind.Processor;

    public IRecordReceiver<TKeyIn, TValueIn> Instantiate(TaskRuntime task) => task.Instance(this, () =>
    {
        var children = TypedChildren.Select(c => c.Instantiate(task)).ToList();
        var context = new ProcessorContext<TKeyOut, TValueOut>(task, this, children);
        var processor = supplier();
        var instance = new Instance(Name, processor, task);
        task.OnInit(() => processor.Init(context));
        task.OnClose(processor.Close);
        return instance;
    });

    private sealed class Instance(string name, IProcessor<TKeyIn, TValueIn, TKeyOut, TValueOut> processor, TaskRuntime task) : IRecordReceiver<TKeyIn, TValueIn>
    {
        public string Name => name;

        public void Process(Record<TKeyIn, TValueIn> record)
        {
            task.CurrentNode = name;
            processor.Process(record);
        }
    }
}
