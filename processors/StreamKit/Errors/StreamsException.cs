namespace StreamKit.Errors;

/// <summary>Base of the runtime's errors; <see cref="IsFatal"/> says whether retrying can help.</summary>
public abstract class StreamsException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected StreamsException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>True when the instance must stop: retrying cannot succeed.</summary>
    public abstract bool IsFatal { get; }
}
