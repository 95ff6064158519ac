namespace StreamKit.Errors;

/// <summary>An error that retrying cannot fix (bad configuration, a missing topic, a fenced producer).</summary>
public sealed class FatalStreamsException(string message, Exception? innerException = null) : StreamsException(message, innerException)
{
    /// <inheritdoc />
    public override bool IsFatal => true;
}
