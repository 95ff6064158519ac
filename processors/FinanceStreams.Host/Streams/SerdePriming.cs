using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Host.Streams;

/// <summary>
/// Primes the serdes of the catalog topics a topology reads and writes (<see cref="ITopic.Prime"/>), off the stream
/// thread: the first record of each topic then finds its schemas parsed, its generated types found and its schema id
/// known. Best effort: a failure (e.g. the registry unreachable) is logged and left to the first record, as before.
/// </summary>
internal static class SerdePriming
{
    public static Task Start(IReadOnlyCollection<string> topics, ContractSerdes serdes, ILogger log) => Task.Run(() =>
    {
        foreach (var topic in Topics.Entries.Where(t => topics.Contains(t.Name)))
        {
            try
            {
                topic.Prime(serdes);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                log.LogWarning("Could not prepare the serdes of {Topic} ahead ({Error}); its first record will.", topic.Name, ex.Message);
            }
        }
    });
}
