namespace StreamKit.Errors;

/// <summary>
/// Decides what happens to a record whose key or value could not be read, or whose processing threw.
/// The runtime calls one handler for deserialization errors and one for processing errors.
/// </summary>
public interface IRecordErrorHandler
{
    /// <summary>Looks at the failure and says whether to go on.</summary>
    HandlerResponse Handle(ErrorContext context);
}
