namespace StreamKit.Graph;

/// <summary>A node that emits records of <typeparamref name="TKey"/>/<typeparamref name="TValue"/> to typed children.</summary>
/// <typeparam name="TKey">Output key type.</typeparam>
/// <typeparam name="TValue">Output value type.</typeparam>
public abstract class OutputNode<TKey, TValue>(string name) : NodeDefinition(name)
{
    private readonly List<IInputNode<TKey, TValue>> _typedChildren = [];

    internal IReadOnlyList<IInputNode<TKey, TValue>> TypedChildren => _typedChildren;

    internal void AddChild<TChild>(TChild child)
        where TChild : NodeDefinition, IInputNode<TKey, TValue>
    {
        _typedChildren.Add(child);
        Link(child);
    }
}
