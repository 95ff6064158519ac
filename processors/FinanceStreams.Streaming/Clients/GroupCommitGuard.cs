using System.Reflection;
using System.Runtime.ExceptionServices;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace FinanceStreams.Streaming.Clients;

/// <summary>
/// A stream thread's consumer whose offset commits, when refused because the group is changing
/// (<c>RebalanceInProgress</c>, <c>IllegalGeneration</c>, <c>UnknownMemberId</c>), are logged and skipped
/// instead of thrown; every other call and error passes through unchanged.
/// </summary>
/// <remarks>
/// Streamiz 1.8.2 turns such a refusal into a <c>TaskMigratedException</c>. When the refused commit is the
/// one its revocation callback makes, the exception leaves the callback with the task manager's
/// "rebalance in progress" flag still set, and the stream thread stops polling for good: in the scaling
/// scenario the instance that stayed kept its group membership in name only and processed nothing more.
/// Skipping the commit is safe here: under at-least-once the records since the last commit are processed
/// again by whoever owns them next, and every topology is exact under replay (docs/runtime.md); the
/// rebalance that refused the commit then revokes the tasks through Streamiz's normal path.
/// </remarks>
public class GroupCommitGuard : DispatchProxy
{
    private static readonly ErrorCode[] GroupChanging = [ErrorCode.RebalanceInProgress, ErrorCode.IllegalGeneration, ErrorCode.UnknownMemberId];
    private IConsumer<byte[], byte[]>? _inner;
    private ILogger? _log;

    /// <summary>Commits refused by a group change since the consumer was created.</summary>
    public long SkippedCommits { get; private set; }

    /// <summary>Wraps <paramref name="consumer"/>.</summary>
    public static IConsumer<byte[], byte[]> Wrap(IConsumer<byte[], byte[]> consumer, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        ArgumentNullException.ThrowIfNull(log);
        var proxy = Create<IConsumer<byte[], byte[]>, GroupCommitGuard>();
        var guard = (GroupCommitGuard)(object)proxy;
        guard._inner = consumer;
        guard._log = log;
        return proxy;
    }

    /// <inheritdoc/>
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is KafkaException refused
            && targetMethod.Name == nameof(IConsumer<byte[], byte[]>.Commit)
            && targetMethod.ReturnType == typeof(void)
            && GroupChanging.Contains(refused.Error.Code))
        {
            SkippedCommits++;
            GuardLog.CommitSkipped(_log!, _inner!.Name, refused.Error.Code);
            return null;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
