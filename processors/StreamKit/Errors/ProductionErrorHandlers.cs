using Confluent.Kafka;

namespace StreamKit.Errors;

/// <summary>The built-in production error handlers.</summary>
public static class ProductionErrorHandlers
{
    /// <summary>Stops the thread: the batch is not committed and is processed again after a restart (the default).</summary>
    public static IProductionErrorHandler Fail { get; } = new Fixed(_ => HandlerResponse.Fail);

    /// <summary>Drops records whose error is permanent for that record (too large, invalid), counting them; fails on anything else.</summary>
    public static IProductionErrorHandler SkipUnsendableRecords { get; } = new Fixed(error =>
        error.Code is ErrorCode.MsgSizeTooLarge or ErrorCode.InvalidRecord or ErrorCode.RecordListTooLarge ? HandlerResponse.Continue : HandlerResponse.Fail);

    private sealed class Fixed(Func<Error, HandlerResponse> decide) : IProductionErrorHandler
    {
        public HandlerResponse Handle(string topic, Error error) => decide(error);
    }
}
