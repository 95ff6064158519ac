namespace StreamKit.Errors;

/// <summary>The current transaction must be aborted and its tasks' state rebuilt from the changelog.</summary>
public sealed class TransactionAbortRequiredException(string message, Exception? innerException = null) : StreamsException(message, innerException)
{
    /// <inheritdoc />
    public override bool IsFatal => false;
}
