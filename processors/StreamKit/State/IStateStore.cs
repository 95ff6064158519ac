namespace StreamKit.State;

/// <summary>A named store owned by one task. Disposing closes it (and its files, for persistent stores).</summary>
public interface IStateStore : IDisposable
{
    /// <summary>The store name, unique within the topology; also names its changelog.</summary>
    string Name { get; }

    /// <summary>True when the data survives a restart on local disk.</summary>
    bool Persistent { get; }

    /// <summary>
    /// Makes every write so far durable in this layer and the layers below it. The runtime calls it
    /// at each commit: caching layers write their dirty entries down and to the changelog here.
    /// </summary>
    void Flush();
}
