using System.Text;
using FinanceStreams.Streaming.DeadLetters;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Mock;
using Streamiz.Kafka.Net.SerDes;

namespace FinanceStreams.Streaming.Tests.DeadLetters;

/// <summary>The handler installed on a real Streamiz task (its <see cref="TopologyTestDriver"/>).</summary>
public sealed class DeserializationHandlerTopologyTests
{
    private readonly RecordingProducer _producer = new();

    [Fact]
    public void DeserializationHandler_UnreadableValue_DeadLettersItAndTheNextRecordIsProcessed()
    {
        var builder = new StreamBuilder();
        builder.Stream("amounts", new StringSerDes(), new Int32SerDes(), "amounts-source").MapValues((v, _) => v * 2).To("doubled", new StringSerDes(), new Int32SerDes());
        var topology = builder.Build();
        using var writer = new DeadLetterWriter(_producer, "doubler");
        var config = new StreamConfig { ApplicationId = "doubler", DeserializationExceptionHandler = writer.DeserializationHandler(topology.Describe()) };
        using var driver = new TopologyTestDriver(topology, config);
        var input = driver.CreateInputTopic("amounts", new StringSerDes(), new ByteArraySerDes());
        var output = driver.CreateOutputTopic("doubled", TimeSpan.FromSeconds(1), new StringSerDes(), new Int32SerDes());

        input.PipeInput("bad", [1, 2, 3]);
        input.PipeInput("good", BitConverter.GetBytes(21));

        var result = Assert.Single(output.ReadKeyValueList());
        Assert.Equal(("good", 42), (result.Message.Key, result.Message.Value));
        var (topic, message) = Assert.Single(_producer.Sent);
        Assert.Equal("finance.dlq", topic);
        Assert.Equal("bad"u8.ToArray(), message.Key);
        Assert.Equal([1, 2, 3], message.Value);
        Assert.Equal("amounts-source", Encoding.UTF8.GetString(message.Headers.GetLastBytes(DeadLetterHeaders.Processor)));
        Assert.Equal("amounts", Encoding.UTF8.GetString(message.Headers.GetLastBytes(DeadLetterHeaders.SourceTopic)));
        Assert.Equal("doubler", Encoding.UTF8.GetString(message.Headers.GetLastBytes(DeadLetterHeaders.Topology)));
    }
}
