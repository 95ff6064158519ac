namespace FinanceStreams.Contracts.Serialization;

/// <summary>Bytes could not be read as the expected type, or a value could not be written.</summary>
public sealed class SerdeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SerdeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public SerdeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SerdeException()
    {
    }
}
