using System.Collections.Immutable;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Readiness of the topologies this process runs: ready once every expected instance is tracked and each is
/// running, not restoring and not failed. The run command tracks each topology as it starts it.
/// </summary>
public sealed class StreamsReadiness : IReadiness
{
    private readonly int _expected;
    private ImmutableArray<Func<bool>> _streams = [];

    /// <summary>Readiness of <paramref name="expected"/> instances, not ready until all are tracked.</summary>
    public StreamsReadiness(int expected)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(expected, 1);
        _expected = expected;
    }

    /// <inheritdoc/>
    public bool IsReady
    {
        get
        {
            var streams = _streams;
            return streams.Length >= _expected && streams.All(ready => ready());
        }
    }

    /// <summary>Counts a running topology, ready while <paramref name="isReady"/> says so.</summary>
    public void Track(Func<bool> isReady) => ImmutableInterlocked.Update(ref _streams, s => s.Add(isReady));
}
