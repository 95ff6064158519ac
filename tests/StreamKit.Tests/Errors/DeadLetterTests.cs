using System.Text;
using StreamKit.Dsl;
using StreamKit.Errors;
using StreamKit.Serialization;
using StreamKit.Testing;

namespace StreamKit.Tests.Errors;

public sealed class DeadLetterTests
{
    private const long RetriableValue = 7;

    private static (TopologyTestDriver Driver, TestInputTopic<string, long> In, TestOutputTopic<string, long> Out, TestOutputTopic<byte[], byte[]> Dlq) CreateSut()
    {
        var builder = new StreamsBuilder("app");
        builder.Stream("in", Consumed<string, long>.With(Serdes.String, Serdes.Int64))
            .MapValues((_, v) => v switch
            {
                < 0 => throw new ArgumentOutOfRangeException(nameof(v), v, "negative amount"),
                RetriableValue => throw new RetriableStreamsException("the cluster went away"),
                _ => v * 10,
            }, Serdes.Int64, "times-ten")
            .To("out");
        var driver = new TopologyTestDriver(builder.Build(), errors: RecordErrorHandling.DeadLetter("dlq"));
        return (driver, driver.CreateInputTopic("in", Serdes.String, Serdes.Int64), driver.CreateOutputTopic("out", Serdes.String, Serdes.Int64), driver.CreateOutputTopic("dlq", Serdes.ByteArray, Serdes.ByteArray));
    }

    [Fact]
    public void GarbageBytes_GoToTheDeadLetterTopicWithOriginalBytesAndError_NeighboursAreProcessed()
    {
        var (driver, input, output, dlq) = CreateSut();
        using var _ = driver;
        input.Pipe("a", 1, 1);
        input.PipeRaw(Encoding.UTF8.GetBytes("bad"), [0xde, 0xad], 2);
        input.Pipe("b", 2, 3);

        Assert.Equal([10L, 20L], output.ReadValues());
        var dead = Assert.Single(dlq.ReadRecords());
        Assert.Equal("bad"u8.ToArray(), dead.Key);
        Assert.Equal([0xde, 0xad], dead.Value);
        Assert.Equal("in", dead.Headers.LastString("dlq.source.topic"));
        Assert.Equal("1", dead.Headers.LastString("dlq.source.offset"));
        Assert.Equal("(deserialization)", dead.Headers.LastString("dlq.processor"));
        Assert.Contains("could not read the value", dead.Headers.LastString("dlq.error.message"), StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessingException_GoesToTheDeadLetterTopicNamingTheProcessor()
    {
        var (driver, input, output, dlq) = CreateSut();
        using var _ = driver;
        input.Pipe("a", -5, 1);
        input.Pipe("b", 3, 2);

        Assert.Equal([30L], output.ReadValues());
        var dead = Assert.Single(dlq.ReadRecords());
        Assert.Equal("times-ten", dead.Headers.LastString("dlq.processor"));
        Assert.Equal(typeof(ArgumentOutOfRangeException).FullName, dead.Headers.LastString("dlq.error.class"));
        Assert.Equal(Serdes.Int64.Serialize(-5, SerdeContext.Value("in")), dead.Value);
    }

    [Fact]
    public void RetriableError_IsNotTheRecordsFault_ReachesTheThreadInsteadOfTheDeadLetterTopic()
    {
        var (driver, input, _, dlq) = CreateSut();
        using var _ = driver;

        Assert.Throws<RetriableStreamsException>(() => input.Pipe("a", RetriableValue, 1));
        Assert.Empty(dlq.ReadRecords());
    }
}
