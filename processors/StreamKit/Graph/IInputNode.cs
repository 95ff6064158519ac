namespace StreamKit.Graph;

/// <summary>A node that accepts records of <typeparamref name="TKey"/>/<typeparamref name="TValue"/>.</summary>
/// <typeparam name="TKey">Input key type.</typeparam>
/// <typeparam name="TValue">Input value type.</typeparam>
internal interface IInputNode<TKey, TValue>
{
    /// <summary>This node's instance in <paramref name="task"/> (created once per task).</summary>
    IRecordReceiver<TKey, TValue> Instantiate(TaskRuntime task);
}
