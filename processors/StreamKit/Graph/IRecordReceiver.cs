using StreamKit.Processing;

namespace StreamKit.Graph;

/// <summary>A node instance inside a task, ready to take records.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
internal interface IRecordReceiver<TKey, TValue>
{
    /// <summary>The node's name.</summary>
    string Name { get; }

    /// <summary>Processes one record.</summary>
    void Process(Record<TKey, TValue> record);
}
