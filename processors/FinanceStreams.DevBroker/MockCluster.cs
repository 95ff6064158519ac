using System.Runtime.InteropServices;
using System.Text;

namespace FinanceStreams.DevBroker;

/// <summary>
/// librdkafka's in-memory Kafka mock cluster: real Kafka-protocol listeners on 127.0.0.1 that any
/// client can use. Not thread-safe for concurrent administration; callers serialize.
/// </summary>
public sealed unsafe class MockCluster : IDisposable
{
    private const int ProducerType = 0;
    private const int TopicAlreadyExists = 36;

    private static readonly delegate* unmanaged<nint> ConfNew = (delegate* unmanaged<nint>)LoadedLibrdkafka.Export("rd_kafka_conf_new");
    private static readonly delegate* unmanaged<nint, byte*, byte*, byte*, nuint, int> ConfSet = (delegate* unmanaged<nint, byte*, byte*, byte*, nuint, int>)LoadedLibrdkafka.Export("rd_kafka_conf_set");
    private static readonly delegate* unmanaged<int, nint, byte*, nuint, nint> KafkaNew = (delegate* unmanaged<int, nint, byte*, nuint, nint>)LoadedLibrdkafka.Export("rd_kafka_new");
    private static readonly delegate* unmanaged<nint, void> KafkaDestroy = (delegate* unmanaged<nint, void>)LoadedLibrdkafka.Export("rd_kafka_destroy");
    private static readonly delegate* unmanaged<nint, int, nint> ClusterNew = (delegate* unmanaged<nint, int, nint>)LoadedLibrdkafka.Export("rd_kafka_mock_cluster_new");
    private static readonly delegate* unmanaged<nint, void> ClusterDestroy = (delegate* unmanaged<nint, void>)LoadedLibrdkafka.Export("rd_kafka_mock_cluster_destroy");
    private static readonly delegate* unmanaged<nint, byte*> Bootstraps = (delegate* unmanaged<nint, byte*>)LoadedLibrdkafka.Export("rd_kafka_mock_cluster_bootstraps");
    private static readonly delegate* unmanaged<nint, byte*, int, int, int> TopicCreate = (delegate* unmanaged<nint, byte*, int, int, int>)LoadedLibrdkafka.Export("rd_kafka_mock_topic_create");
    private static readonly delegate* unmanaged<nint, int, int> BrokerDown = (delegate* unmanaged<nint, int, int>)LoadedLibrdkafka.Export("rd_kafka_mock_broker_set_down");
    private static readonly delegate* unmanaged<nint, int, int> BrokerUp = (delegate* unmanaged<nint, int, int>)LoadedLibrdkafka.Export("rd_kafka_mock_broker_set_up");
    private static readonly delegate* unmanaged<int, byte*> ErrorName = (delegate* unmanaged<int, byte*>)LoadedLibrdkafka.Export("rd_kafka_err2name");

    private readonly Lock _gate = new();
    private nint _kafka;
    private nint _cluster;

    private MockCluster(nint kafka, nint cluster, int brokers)
    {
        _kafka = kafka;
        _cluster = cluster;
        BrokerCount = brokers;
        BootstrapServers = Marshal.PtrToStringUTF8((nint)Bootstraps(cluster)) ?? throw new InvalidOperationException("The mock cluster has no bootstrap address.");
    }

    /// <summary>The cluster's bootstrap address, <c>127.0.0.1:port,...</c>.</summary>
    public string BootstrapServers { get; }

    /// <summary>Number of brokers; ids run from 1 to this.</summary>
    public int BrokerCount { get; }

    /// <summary>Starts a cluster of <paramref name="brokers"/> brokers.</summary>
    public static MockCluster Start(int brokers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(brokers, 1);
        var conf = ConfNew();
        Set(conf, "log_level", "4");
        var error = stackalloc byte[512];
        var kafka = KafkaNew(ProducerType, conf, error, 512);
        if (kafka == 0)
        {
            throw new InvalidOperationException($"librdkafka refused to create the broker's host handle: {Marshal.PtrToStringUTF8((nint)error)}");
        }

        var cluster = ClusterNew(kafka, brokers);
        if (cluster == 0)
        {
            KafkaDestroy(kafka);
            throw new InvalidOperationException("librdkafka could not start the mock cluster (are loopback ports available?).");
        }

        return new MockCluster(kafka, cluster, brokers);
    }

    /// <summary>Creates a topic; creating an existing topic is not an error.</summary>
    public void CreateTopic(string name, int partitions, int replicationFactor = 1)
    {
        lock (_gate)
        {
            fixed (byte* topic = Utf8(name))
            {
                Check(TopicCreate(Live(), topic, partitions, Math.Min(replicationFactor, BrokerCount)), $"create topic '{name}'", allowed: TopicAlreadyExists);
            }
        }
    }

    /// <summary>Disconnects a broker (-1: all) and refuses new connections, to inject faults.</summary>
    public void SetBrokerDown(int brokerId)
    {
        lock (_gate)
        {
            Check(BrokerDown(Live(), brokerId), $"take broker {brokerId} down");
        }
    }

    /// <summary>Lets a broker (-1: all) accept connections again.</summary>
    public void SetBrokerUp(int brokerId)
    {
        lock (_gate)
        {
            Check(BrokerUp(Live(), brokerId), $"bring broker {brokerId} up");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            if (_cluster != 0)
            {
                ClusterDestroy(_cluster);
                KafkaDestroy(_kafka);
                _cluster = 0;
                _kafka = 0;
            }
        }
    }

    private nint Live() => _cluster != 0 ? _cluster : throw new ObjectDisposedException(nameof(MockCluster));

    private static void Set(nint conf, string name, string value)
    {
        var error = stackalloc byte[512];
        fixed (byte* n = Utf8(name), v = Utf8(value))
        {
            if (ConfSet(conf, n, v, error, 512) != 0)
            {
                throw new InvalidOperationException($"librdkafka refused {name}={value}: {Marshal.PtrToStringUTF8((nint)error)}");
            }
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text + '\0');

    private static void Check(int error, string what, int allowed = 0)
    {
        if (error != 0 && error != allowed)
        {
            throw new InvalidOperationException($"The mock cluster could not {what}: {Marshal.PtrToStringUTF8((nint)ErrorName(error))}");
        }
    }
}
