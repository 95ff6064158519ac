using Confluent.Kafka;
using Streamiz.Kafka.Net;

namespace FinanceStreams.Streaming.Settings;

/// <summary>
/// What a stream thread does after an error escaped its loop. A Kafka client error that is not fatal (a broker connection
/// torn down while brokers go down and up: "Broker handle destroyed without termination") is transient: the thread closes
/// its tasks dirty, rejoins the group and starts again from the committed offsets, which is a crash and restart inside
/// the process, and the topologies are exact under those. Anything else stops the application, so that it is seen.
/// </summary>
public static class ThreadErrorPolicy
{
    /// <summary>The response to <paramref name="error"/>.</summary>
    public static ExceptionHandlerResponse Respond(Exception error) =>
        error is KafkaException { Error.IsFatal: false } ? ExceptionHandlerResponse.CONTINUE : ExceptionHandlerResponse.FAIL;
}
