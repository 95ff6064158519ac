using FinanceStreams.Host.Http;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class StreamsReadinessTests
{
    [Fact]
    public void IsReady_NothingTrackedYet_False()
    {
        var sut = CreateSut(expected: 1);

        Assert.False(sut.IsReady);
    }

    [Fact]
    public void Constructor_NoExpectedInstance_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CreateSut(expected: 0));
    }

    private static StreamsReadiness CreateSut(int expected) => new(expected);
}
