using Confluent.Kafka;
using FinanceStreams.Streaming.Clients;
using FinanceStreams.Streaming.State;
using FinanceStreams.Streaming.Tests.Clients;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Mock;
using Streamiz.Kafka.Net.Processors.Public;
using Streamiz.Kafka.Net.SerDes;
using Streamiz.Kafka.Net.State;

namespace FinanceStreams.Streaming.Tests.State;

/// <summary>
/// A real Streamiz task (its <see cref="TopologyTestDriver"/>) whose processor writes through a <see cref="DeferredLogStore"/>:
/// each input record "key=value" puts the value ("-" deletes the key); the changelog is read after each commit.
/// </summary>
public sealed class DeferredLogStoreTests : IDisposable
{
    private const string Store = "parts";
    private readonly TopologyTestDriver _driver;
    private readonly TestInputTopic<string, string> _input;
    private readonly TestOutputTopic<string, string> _changelog;

    public DeferredLogStoreTests()
    {
        var builder = new StreamBuilder();
        builder.Stream("writes", new StringSerDes(), new StringSerDes())
            .Transform(TransformerBuilder.New<string, string, string, string>().Transformer<Writer>()
                .StateStore(SortedInMemoryStores.Builder(Store, new StringSerDes(), new ByteArraySerDes())).Build(), "writer");
        _driver = new TopologyTestDriver(builder.Build(), new StreamConfig { ApplicationId = "deferred" });
        _input = _driver.CreateInputTopic("writes", new StringSerDes(), new StringSerDes());
        _changelog = _driver.CreateOutputTopic($"deferred-{Store}-changelog", TimeSpan.FromMilliseconds(100), new StringSerDes(), new StringSerDes());
    }

    [Fact]
    public void Commit_KeyWrittenThreeTimes_LoggedOnceWithItsLastValue()
    {
        _input.PipeInput("a", "1");
        _input.PipeInput("a", "2");
        _input.PipeInput("a", "3");

        _driver.Commit();

        Assert.Equal([("a", "3")], Logged());
    }

    [Fact]
    public void Commit_KeyCreatedAndRemovedBetweenTwoCommits_NotLogged()
    {
        _input.PipeInput("a", "1");
        _input.PipeInput("a", "-");

        _driver.Commit();

        Assert.Empty(Logged());
    }

    [Fact]
    public void Commit_KeyLoggedThenRemoved_LogsATombstone()
    {
        _input.PipeInput("a", "1");
        _driver.Commit();
        _input.PipeInput("a", "-");

        _driver.Commit();

        Assert.Equal([("a", "1"), ("a", (string?)null)], Logged());
    }

    [Fact]
    public void Commit_KeyWrittenToLogFirst_LoggedBeforeKeysWrittenEarlier()
    {
        _input.PipeInput("fact", "1");
        _input.PipeInput("counter", "!1");
        _input.PipeInput("fact", "2");
        _input.PipeInput("counter", "!2");

        _driver.Commit();

        Assert.Equal([("counter", "2"), ("fact", "2")], Logged());
    }

    [Fact]
    public void Commit_OnAThreadWithAStreamThreadProducer_WritesTheChangelogPartitionThroughItInOrder()
    {
        var (inner, recorder) = RecordingProducer.Create();
        using var producer = new StreamThreadProducer(inner);
        producer.Flush(TimeSpan.Zero); // makes it this thread's producer, as Streamiz's flushes do
        _input.PipeInput("fact", "1");
        _input.PipeInput("counter", "!1");
        _input.PipeInput("brief", "1");
        _input.PipeInput("brief", "-");

        _driver.Commit();

        var changelog = new TopicPartition($"deferred-{Store}-changelog", 0);
        Assert.Equal([(changelog, "counter", "1"), (changelog, "fact", "1")], recorder.Produced);
        Assert.Empty(Logged());
    }

    [Fact]
    public void Commit_OnAThreadWithAStreamThreadProducer_AWriteRefused_FailsTheCommit()
    {
        var (inner, recorder) = RecordingProducer.Create();
        using var producer = new StreamThreadProducer(inner);
        producer.Flush(TimeSpan.Zero);
        recorder.DeliveryError = ErrorCode.TopicAuthorizationFailed;
        _input.PipeInput("a", "1");

        Assert.ThrowsAny<Exception>(_driver.Commit);
    }

    [Fact]
    public void Query_BeforeAnyCommit_SeesTheWrite()
    {
        _input.PipeInput("a", "1");

        var stored = _driver.GetKeyValueStore<string, byte[]>(Store).Get("a");

        Assert.Equal("1"u8.ToArray(), stored);
        Assert.Empty(Logged());
    }

    public void Dispose() => _driver.Dispose();

    private List<(string, string?)> Logged() => [.. _changelog.ReadKeyValueList().Select(r => (r.Message.Key, (string?)r.Message.Value))];

    /// <summary>Puts or deletes what each record says, through the deferred store ("!value": logged first).</summary>
    private sealed class Writer : ITransformer<string, string, string, string>
    {
        private IKeyValueStore<string, byte[]>? _store;

        public void Init(ProcessorContext<string, string> context) =>
            _store = DeferredLogStore.Over((IKeyValueStore<string, byte[]>)context.GetStateStore(Store), new TopicPartition($"deferred-{Store}-changelog", 0));

        public Record<string, string> Process(Record<string, string> record)
        {
            Assert.IsType<DeferredLogStore>(_store);
            if (record.Value == "-")
            {
                _store.Delete(record.Key);
            }
            else if (record.Value.StartsWith('!'))
            {
                ((DeferredLogStore)_store).Put(record.Key, System.Text.Encoding.UTF8.GetBytes(record.Value[1..]), logFirst: true);
            }
            else
            {
                _store.Put(record.Key, System.Text.Encoding.UTF8.GetBytes(record.Value));
            }

            return null!;
        }

        public void Close()
        {
        }
    }
}
