using Confluent.Kafka;
using FinanceStreams.Streaming.Provisioning;
using FinanceStreams.Streaming.State;
using Streamiz.Kafka.Net.Processors.Public;
using Streamiz.Kafka.Net.State;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>
/// A stateful step of a topology: reads one record, updates its <see cref="PartStore"/> and
/// forwards any number of records (Streamiz transformers forward one; stages use the context).
/// Subclasses need a public parameterless constructor (Streamiz creates one per task).
/// </summary>
/// <typeparam name="TIn">Input value.</typeparam>
/// <typeparam name="TOut">Output value.</typeparam>
public abstract class Stage<TIn, TOut> : ITransformer<string, TIn, string, TOut>
{
    private ProcessorContext<string, TOut>? _context;
    private PartStore? _store;

    /// <summary>The name of the stage's store.</summary>
    protected abstract string StoreName { get; }

    /// <summary>The stage's store.</summary>
    protected PartStore Store => _store ?? throw new InvalidOperationException("The stage is not initialized.");

    /// <summary>Metadata of the record being processed.</summary>
    protected ProcessorContext<string, TOut> Context => _context ?? throw new InvalidOperationException("The stage is not initialized.");

    /// <inheritdoc/>
    public void Init(ProcessorContext<string, TOut> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        var changelog = new TopicPartition(InternalTopics.ChangelogTopic(context.ApplicationId, StoreName), context.Id.Partition);
        _store = new PartStore(DeferredLogStore.Over((IKeyValueStore<string, byte[]>)context.GetStateStore(StoreName), changelog));
        LocalTasks.Opened(context.ApplicationId, StoreName, context.Id.Partition);
        Initialized();
    }

    /// <inheritdoc/>
    public Record<string, TOut> Process(Record<string, TIn> record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Handle(record.Key, record.Value);
        return null!;
    }

    /// <inheritdoc/>
    public void Close()
    {
        if (_context is not null)
        {
            LocalTasks.Closed(_context.ApplicationId, StoreName, _context.Id.Partition);
        }
    }

    /// <summary>Called once the stage has its context and store.</summary>
    protected virtual void Initialized()
    {
    }

    /// <summary>Processes one record.</summary>
    protected abstract void Handle(string key, TIn value);

    /// <summary>Forwards a record with the current record's timestamp (its event time).</summary>
    protected void Forward(string key, TOut value) => Context.Forward(key, value);
}
