namespace StreamKit.Errors;

/// <summary>The handlers for records that cannot be read and for records whose processing throws.</summary>
/// <param name="Deserialization">Called when a key or value cannot be deserialized.</param>
/// <param name="Processing">Called when a processor throws.</param>
public sealed record RecordErrorHandling(IRecordErrorHandler Deserialization, IRecordErrorHandler Processing)
{
    /// <summary>Fail on every bad record.</summary>
    public static RecordErrorHandling FailFast { get; } = new(RecordErrorHandlers.Fail, RecordErrorHandlers.Fail);

    /// <summary>Send every bad record to <paramref name="topic"/> and go on.</summary>
    public static RecordErrorHandling DeadLetter(string topic)
    {
        var handler = RecordErrorHandlers.DeadLetter(topic);
        return new(handler, handler);
    }
}
