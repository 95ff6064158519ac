namespace StreamKit.Errors;

/// <summary>An error that may pass (a broker away, a timeout); the operation can be retried.</summary>
public sealed class RetriableStreamsException(string message, Exception? innerException = null) : StreamsException(message, innerException)
{
    /// <inheritdoc />
    public override bool IsFatal => false;
}
