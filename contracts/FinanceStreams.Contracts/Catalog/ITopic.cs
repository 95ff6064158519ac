using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Contracts.Catalog;

/// <summary>A topic of the catalog, without its types.</summary>
public interface ITopic
{
    /// <summary>The topic name.</summary>
    string Name { get; }

    /// <summary>Number of partitions.</summary>
    int Partitions { get; }

    /// <summary>Delete or compact.</summary>
    CleanupPolicy CleanupPolicy { get; }

    /// <summary>The spec to pre-create the topic.</summary>
    TopicSpec Spec { get; }

    /// <summary>Primes the key and value serdes of the topic from <paramref name="serdes"/> (<see cref="IPrimedSerde"/>).</summary>
    void Prime(ContractSerdes serdes);
}
