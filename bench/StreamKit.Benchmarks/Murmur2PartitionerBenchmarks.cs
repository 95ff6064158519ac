using BenchmarkDotNet.Attributes;
using StreamKit.Partitioning;

namespace StreamKit.Benchmarks;

/// <summary>
/// <see cref="Murmur2Partitioner.Partition"/> over 1,024 distinct keys of one length, reported per key:
/// 8 bytes (an Int64 key), 15 (a short business key), 36 (a Guid as text), 120 (a composite key).
/// </summary>
[MemoryDiagnoser]
public class Murmur2PartitionerBenchmarks
{
    private const int Keys = 1024;
    private const int Partitions = 3;

    private byte[][] _keys = null!;

    [Params(8, 15, 36, 120)]
    public int KeyBytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _keys = new byte[Keys][];
        for (var i = 0; i < Keys; i++)
        {
            _keys[i] = new byte[KeyBytes];
            random.NextBytes(_keys[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Keys)]
    public int Partition()
    {
        var sum = 0;
        foreach (var key in _keys)
        {
            sum += Murmur2Partitioner.Partition(key, Partitions);
        }

        return sum;
    }
}
