using System.Diagnostics.Metrics;
using System.Text;
using Confluent.Kafka;
using FinanceStreams.Streaming.DeadLetters;
using Streamiz.Kafka.Net;

namespace FinanceStreams.Streaming.Tests.DeadLetters;

public sealed class DeadLetterWriterTests
{
    private readonly RecordingProducer _producer = new();

    private DeadLetterWriter CreateSut(string topology = "budget-app") => new(_producer, topology);

    private static DeadLetterRecord CreateRecord(Headers? headers = null) =>
        new("budgeting.public.cost_centers", 2, 41, new Timestamp(1_700_000_000_000, TimestampType.CreateTime), [1, 2, 3], [0, 0xFF, 7], headers ?? new Headers { { "trace", "t-1"u8.ToArray() } });

    private static string Header(Message<byte[]?, byte[]?> message, string key) =>
        Encoding.UTF8.GetString(message.Headers.GetLastBytes(key));

    [Fact]
    public void Write_Record_SendsOriginalBytesAndTimestampToTheCatalogDlq()
    {
        CreateSut().Write(CreateRecord(), new FormatException("bad"), "validate");

        var (topic, message) = Assert.Single(_producer.Sent);
        Assert.Equal("finance.dlq", topic);
        Assert.Equal([1, 2, 3], message.Key);
        Assert.Equal([0, 0xFF, 7], message.Value);
        Assert.Equal(1_700_000_000_000, message.Timestamp.UnixTimestampMs);
    }

    [Fact]
    public void Write_Record_AddsTheDlqHeadersAfterTheOriginalOnes()
    {
        CreateSut().Write(CreateRecord(), new FormatException("bad amount"), "validate");

        var message = Assert.Single(_producer.Sent).Message;
        Assert.Equal("trace", message.Headers[0].Key);
        Assert.Equal("t-1", Header(message, "trace"));
        Assert.Equal("System.FormatException", Header(message, "dlq.error.class"));
        Assert.Equal("bad amount", Header(message, "dlq.error.message"));
        Assert.Equal("budgeting.public.cost_centers", Header(message, "dlq.source.topic"));
        Assert.Equal("2", Header(message, "dlq.source.partition"));
        Assert.Equal("41", Header(message, "dlq.source.offset"));
        Assert.Equal("validate", Header(message, "dlq.processor"));
        Assert.Equal("budget-app", Header(message, "dlq.topology"));
        Assert.Equal(8, message.Headers.Count);
    }

    [Fact]
    public void Write_RecordCarryingAnOldDlqHeader_ReplacesIt()
    {
        var headers = new Headers { { "dlq.processor", "old"u8.ToArray() }, { "dlq.note", "kept"u8.ToArray() } };

        CreateSut().Write(CreateRecord(headers), new FormatException("bad"), "validate");

        var message = Assert.Single(_producer.Sent).Message;
        Assert.Single(message.Headers, h => h.Key == "dlq.processor");
        Assert.Equal("validate", Header(message, "dlq.processor"));
        Assert.Equal("kept", Header(message, "dlq.note"));
    }

    [Fact]
    public void Write_TombstoneWithoutHeaders_KeepsNullValue()
    {
        CreateSut().Write(CreateRecord() with { Value = null, Headers = null }, new FormatException("bad"), "validate");

        var message = Assert.Single(_producer.Sent).Message;
        Assert.Null(message.Value);
        Assert.Equal(7, message.Headers.Count);
    }

    [Fact]
    public void Write_ProducerFails_ThrowsNamingRecordAndKeepingBothErrors()
    {
        _producer.FailWith = new KafkaException(ErrorCode.Local_MsgTimedOut);
        var refusal = new FormatException("bad");

        var error = Assert.Throws<DeadLetterWriteException>(() => CreateSut().Write(CreateRecord(), refusal, "validate"));

        Assert.Same(_producer.FailWith, error.InnerException);
        Assert.Same(refusal, error.RefusalError);
        Assert.Contains("budgeting.public.cost_centers[2]@41", error.Message, StringComparison.Ordinal);
        Assert.Contains("finance.dlq", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Record_CountsOneDeadLetterTaggedTopicAndTopology()
    {
        var topology = $"app-{Guid.NewGuid():N}";
        var seen = new List<(long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DeadLetterMetrics.MeterName && instrument.Name == DeadLetterMetrics.RecordsName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var map = tags.ToArray().ToDictionary(t => t.Key, t => t.Value);
            if (Equals(map.GetValueOrDefault("topology"), topology))
            {
                Assert.Equal("{record}", instrument.Unit);
                seen.Add((value, map));
            }
        });
        listener.Start();

        CreateSut(topology).Write(CreateRecord(), new FormatException("bad"), "validate");

        var (count, tagsSeen) = Assert.Single(seen);
        Assert.Equal(1, count);
        Assert.Equal("budgeting.public.cost_centers", tagsSeen["topic"]);
    }

    [Fact]
    public void DeserializationHandler_NoDescription_WritesAsDeserializationAndContinues()
    {
        var response = CreateSut().DeserializationHandler()(null!, CreateConsumed("orders", 1, 9), new FormatException("bad"));

        Assert.Equal(ExceptionHandlerResponse.CONTINUE, response);
        var message = Assert.Single(_producer.Sent).Message;
        Assert.Equal("(deserialization)", Header(message, "dlq.processor"));
        Assert.Equal("orders", Header(message, "dlq.source.topic"));
        Assert.Equal("9", Header(message, "dlq.source.offset"));
        Assert.Equal([8], message.Value);
    }

    [Fact]
    public void DeserializationHandler_SamePositionTwice_WritesOneDeadLetter()
    {
        var handler = CreateSut().DeserializationHandler();

        handler(null!, CreateConsumed("orders", 1, 9), new FormatException("key"));
        handler(null!, CreateConsumed("orders", 1, 9), new FormatException("value"));
        handler(null!, CreateConsumed("orders", 1, 10), new FormatException("value"));

        Assert.Equal(["9", "10"], _producer.Sent.Select(s => Header(s.Message, "dlq.source.offset")));
    }

    [Fact]
    public void DeserializationHandler_WriteFailedOnce_WritesWhenTheRecordComesAgain()
    {
        var handler = CreateSut().DeserializationHandler();
        _producer.FailWith = new KafkaException(ErrorCode.Local_MsgTimedOut);
        Assert.Throws<DeadLetterWriteException>(() => handler(null!, CreateConsumed("orders", 1, 9), new FormatException("bad")));
        _producer.FailWith = null;

        var response = handler(null!, CreateConsumed("orders", 1, 9), new FormatException("bad"));

        Assert.Equal(ExceptionHandlerResponse.CONTINUE, response);
        Assert.Single(_producer.Sent);
    }

    private static ConsumeResult<byte[], byte[]> CreateConsumed(string topic, int partition, long offset) => new()
    {
        TopicPartitionOffset = new TopicPartitionOffset(topic, partition, offset),
        Message = new Message<byte[], byte[]> { Key = [9], Value = [8], Headers = [] },
    };

    [Fact]
    public void Dispose_Always_FlushesThenDisposesTheProducer()
    {
        CreateSut().Dispose();

        Assert.Equal(["flush", "dispose"], _producer.Calls);
    }

    [Fact]
    public void Constructor_BlankTopology_Throws() =>
        Assert.Throws<ArgumentException>(() => new DeadLetterWriter(_producer, " "));
}
