using StreamKit.Processing;

namespace StreamKit.Dsl;

/// <summary>A stream being split: add branches in order, then take the result.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public sealed class BranchedStreams<TKey, TValue>
{
    private readonly KStream<TKey, TValue> _stream;
    private readonly string _name;
    private readonly List<(string Name, Func<TKey, TValue, bool> Predicate)> _branches = [];
    private bool _done;

    internal BranchedStreams(KStream<TKey, TValue> stream, string name)
    {
        _stream = stream;
        _name = name;
    }

    /// <summary>Adds a branch taking the records that satisfy <paramref name="predicate"/> and no earlier branch.</summary>
    public BranchedStreams<TKey, TValue> Branch(string name, Func<TKey, TValue, bool> predicate)
    {
        if (_done || _branches.Any(b => b.Name == name))
        {
            throw new InvalidOperationException(_done ? "The split is already finished." : $"Branch '{name}' is defined twice.");
        }

        _branches.Add((name, predicate));
        return this;
    }

    /// <summary>Finishes the split; <paramref name="defaultBranch"/>, if given, takes every record no branch took.</summary>
    public IReadOnlyDictionary<string, IKStream<TKey, TValue>> Build(string? defaultBranch = null)
    {
        if (defaultBranch is not null)
        {
            Branch(defaultBranch, (_, _) => true);
        }

        _done = true;
        var branches = _branches.ToArray();
        var split = _stream.Builder.Topology.AddProcessor(_name, () => new FuncProcessor<TKey, TValue, TKey, TValue>((r, c) => Route(branches, r, c)), _stream.Node);
        return branches.ToDictionary(
            b => b.Name,
            b => (IKStream<TKey, TValue>)new KStream<TKey, TValue>(_stream.Builder, _stream.Builder.Topology.AddProcessor($"{_name}-{b.Name}", () => new FuncProcessor<TKey, TValue, TKey, TValue>((r, c) => c.Forward(r)), split), _stream.KeySerde, _stream.ValueSerde, _stream.RepartitionRequired),
            StringComparer.Ordinal);
    }

    private void Route((string Name, Func<TKey, TValue, bool> Predicate)[] branches, Record<TKey, TValue> record, IProcessorContext<TKey, TValue> context)
    {
        var match = Array.FindIndex(branches, b => b.Predicate(record.Key, record.Value));
        if (match >= 0)
        {
            context.Forward(record, $"{_name}-{branches[match].Name}");
        }
    }
}
