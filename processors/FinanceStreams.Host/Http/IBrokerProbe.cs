namespace FinanceStreams.Host.Http;

/// <summary>Whether this instance still reaches its Kafka cluster.</summary>
public interface IBrokerProbe
{
    /// <summary>True while a broker answered recently.</summary>
    bool IsReachable { get; }
}
