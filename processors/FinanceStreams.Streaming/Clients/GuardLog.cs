using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace FinanceStreams.Streaming.Clients;

/// <summary>Log messages of the client guards.</summary>
internal static partial class GuardLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Consumer}: offsets not committed ({Code}): the group is rebalancing; the records since the last commit will be processed again, which changes no result")]
    public static partial void CommitSkipped(ILogger log, string consumer, ErrorCode code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Consumer}: leaving the group did not finish within {Seconds} s (a close in a rebalance can hang in librdkafka); left behind, the group drops the member after its session timeout")]
    public static partial void CloseAbandoned(ILogger log, string consumer, double seconds);
}
