namespace FinanceStreams.IntegrationTests.Infrastructure;

/// <summary>
/// A test that only a real Kafka broker can prove (the local mock broker does not enforce
/// transactional isolation). It runs when <c>KAFKA_BOOTSTRAP_SERVERS</c> names a real cluster and is
/// reported as not run otherwise: never as passed.
/// </summary>
public sealed class RealBrokerFactAttribute : FactAttribute
{
    public RealBrokerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("KAFKA_BOOTSTRAP_SERVERS")))
        {
            Skip = "needs a real Kafka broker: set KAFKA_BOOTSTRAP_SERVERS (the mock broker cannot prove exactly-once)";
        }
    }
}
