namespace FinanceStreams.Streaming.DeadLetters;

/// <summary>
/// A refused record could not be kept on the dead-letter topic. Retriable: its offset is not
/// committed, so after a restart the record is read, refused and dead-lettered again.
/// </summary>
public sealed class DeadLetterWriteException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DeadLetterWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Why the record was refused in the first place.</summary>
    public Exception? RefusalError { get; init; }
}
