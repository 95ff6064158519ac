using FinanceStreams.Streaming.State;
using Streamiz.Kafka.Net.Processors;
using Streamiz.Kafka.Net.Stream;

namespace FinanceStreams.Tests.Infrastructure;

/// <summary>
/// Every state store of a harness's topology, entry by entry: taken from one driver and loaded into a fresh one the
/// way a restore loads it (stores written directly, no processor run), to start a new task life on a given state.
/// </summary>
internal sealed class StoreImage(Dictionary<string, List<KeyValuePair<string, byte[]>>> stores)
{
    public IReadOnlyDictionary<string, List<KeyValuePair<string, byte[]>>> Stores => stores;

    public static StoreImage Of(StreamizHarness harness)
    {
        ArgumentNullException.ThrowIfNull(harness);
        return new(StoreNames(harness).ToDictionary(
            name => name,
            name => harness.Driver.GetKeyValueStore<string, byte[]>(name)?.All().ToList() ?? [], // null: no input reached the store's task yet
            StringComparer.Ordinal));
    }

    /// <summary>This image with <paramref name="store"/>'s entry <paramref name="key"/> as <paramref name="other"/> holds it (absent there: removed).</summary>
    public StoreImage WithEntryOf(StoreImage other, string store, string key)
    {
        ArgumentNullException.ThrowIfNull(other);
        var copy = stores.ToDictionary(s => s.Key, s => s.Value.Where(e => s.Key != store || e.Key != key).ToList(), StringComparer.Ordinal);
        copy[store].AddRange(other.Stores[store].Where(e => e.Key == key));
        return new(copy);
    }

    /// <summary>Opens every input of <paramref name="harness"/> (so that its tasks and stores exist) and loads this image into its stores.</summary>
    public void LoadInto(StreamizHarness harness)
    {
        ArgumentNullException.ThrowIfNull(harness);
        harness.OpenInputs();
        foreach (var (name, entries) in stores)
        {
            var root = (IStateStore)harness.Driver.GetKeyValueStore<string, byte[]>(name);
            var memory = SortedInMemoryStore.Beneath(root) ?? throw new InvalidOperationException($"Store {name} is not a sorted in-memory store.");
            foreach (var (key, _) in memory.Entries().ToList())
            {
                memory.Delete(key);
            }

            foreach (var (key, value) in entries)
            {
                memory.Put(key, value);
            }
        }
    }

    private static IEnumerable<string> StoreNames(StreamizHarness harness) =>
        harness.Topology.Describe().SubTopologies.SelectMany(s => s.Nodes).OfType<IProcessorNodeDescription>().SelectMany(n => n.Stores).Distinct();
}
