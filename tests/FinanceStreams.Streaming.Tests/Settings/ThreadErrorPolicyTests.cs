using Confluent.Kafka;
using FinanceStreams.Streaming.Settings;
using Streamiz.Kafka.Net;

namespace FinanceStreams.Streaming.Tests.Settings;

public sealed class ThreadErrorPolicyTests
{
    [Fact]
    public void TransientKafkaError_ThreadRejoinsAndGoesOn() =>
        Assert.Equal(ExceptionHandlerResponse.CONTINUE, ThreadErrorPolicy.Respond(new KafkaException(ErrorCode.Local_DestroyBroker)));

    [Fact]
    public void FatalKafkaError_StopsTheApplication() =>
        Assert.Equal(ExceptionHandlerResponse.FAIL, ThreadErrorPolicy.Respond(new KafkaException(new Error(ErrorCode.Local_Fatal, "producer fenced", isFatal: true))));

    [Fact]
    public void AnyOtherError_StopsTheApplication() =>
        Assert.Equal(ExceptionHandlerResponse.FAIL, ThreadErrorPolicy.Respond(new InvalidOperationException("a rule failed")));
}
