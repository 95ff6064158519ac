using System.Threading.RateLimiting;

namespace FinanceStreams.Host.Http;

/// <summary>
/// A fixed window of <c>permits</c> requests, timed by a <see cref="TimeProvider"/>; a rejected lease tells the time
/// actually left in the window (<see cref="MetadataName.RetryAfter"/>), not the whole window.
/// </summary>
public sealed class WindowRateLimiter(int permits, TimeSpan window, TimeProvider time) : RateLimiter
{
    private readonly Lock _gate = new();
    private DateTimeOffset _windowStart = time.GetUtcNow();
    private int _used;

    /// <inheritdoc/>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var idle = time.GetUtcNow() - (_windowStart + window);
                return idle > TimeSpan.Zero ? idle : null;
            }
        }
    }

    /// <inheritdoc/>
    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics { CurrentAvailablePermits = Math.Max(0, permits - _used) };
        }
    }

    /// <inheritdoc/>
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now >= _windowStart + window)
            {
                _windowStart = now;
                _used = 0;
            }

            if (_used + permitCount <= permits)
            {
                _used += permitCount;
                return WindowLease.Acquired;
            }

            return new WindowLease(_windowStart + window - now);
        }
    }

    /// <inheritdoc/>
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));
}
