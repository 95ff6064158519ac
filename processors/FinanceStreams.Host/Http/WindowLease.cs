using System.Threading.RateLimiting;

namespace FinanceStreams.Host.Http;

/// <summary>A lease of <see cref="WindowRateLimiter"/>: acquired, or rejected with the time left in the window.</summary>
public sealed class WindowLease : RateLimitLease
{
    private readonly TimeSpan? _retryAfter;

    /// <summary>A rejected lease; retry after <paramref name="retryAfter"/>.</summary>
    public WindowLease(TimeSpan retryAfter) => _retryAfter = retryAfter;

    private WindowLease()
    {
    }

    /// <summary>The acquired lease.</summary>
    public static WindowLease Acquired { get; } = new();

    /// <inheritdoc/>
    public override bool IsAcquired => _retryAfter is null;

    /// <inheritdoc/>
    public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    /// <inheritdoc/>
    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = _retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name ? wait : null;
        return metadata is not null;
    }
}
