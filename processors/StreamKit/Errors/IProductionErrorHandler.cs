using Confluent.Kafka;

namespace StreamKit.Errors;

/// <summary>Decides what happens when a record cannot be produced (too large, topic gone, not authorized...).</summary>
public interface IProductionErrorHandler
{
    /// <summary>Looks at the failed record's topic and Kafka's error, and says whether to go on without it.</summary>
    HandlerResponse Handle(string topic, Error error);
}
