namespace StreamKit.Errors;

/// <summary>The built-in record error handlers.</summary>
public static class RecordErrorHandlers
{
    /// <summary>Stops the thread on the first bad record (the default: nothing is skipped silently).</summary>
    public static IRecordErrorHandler Fail { get; } = new Fixed(HandlerResponse.Fail);

    /// <summary>Sends the record to <paramref name="topic"/> with the error in its headers, and goes on.</summary>
    public static IRecordErrorHandler DeadLetter(string topic) => new DeadLetterHandler(topic);

    private sealed class Fixed(HandlerResponse response) : IRecordErrorHandler
    {
        public HandlerResponse Handle(ErrorContext context) => response;
    }
}
