namespace StreamKit.Graph;

/// <summary>A source could not read a record's key or value.</summary>
public sealed class DeserializationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DeserializationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DeserializationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DeserializationException()
    {
    }
}
