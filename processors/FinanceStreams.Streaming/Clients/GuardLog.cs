using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace FinanceStreams.Streaming.Clients;

/// <summary>Log messages of the client guards.</summary>
internal static partial class GuardLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Consumer}: offsets not committed ({Code}): the group is rebalancing; the records since the last commit will be processed again, which changes no result")]
    public static partial void CommitSkipped(ILogger log, string consumer, ErrorCode code);
}
