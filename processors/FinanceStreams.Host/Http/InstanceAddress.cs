namespace FinanceStreams.Host.Http;

/// <summary>
/// This instance's own address, from configuration (<see cref="HttpHostOptions.PublicUrl"/>) or, without one, the loopback
/// address it listens on; never from a request's Host header. Sent in <c>X-Finance-Streams-Served-By</c>.
/// </summary>
public sealed class InstanceAddress(Uri? configured)
{
    private Uri? _self = configured;

    /// <summary>The address, or null before the host listens.</summary>
    public Uri? Self => _self;

    /// <summary>Sets the listening address unless one is configured.</summary>
    public void Listening(Uri address) => _self ??= address;

    /// <summary>Whether <paramref name="other"/> is this instance.</summary>
    public bool IsSelf(Uri? other) => other is not null && _self is not null && Uri.Compare(other, _self, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
}
