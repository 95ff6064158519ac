using System.Collections.Concurrent;
using Avro.Specific;
using Confluent.SchemaRegistry;
using FinanceStreams.Contracts.Cdc;

namespace FinanceStreams.Contracts.Serialization;

/// <summary>
/// Creates (and caches, one per type) the serdes of the topic catalog, all bound to one schema
/// registry client. Thread-safe. Dispose it only when it created the registry client itself.
/// </summary>
public sealed class ContractSerdes : IDisposable
{
    private readonly ConcurrentDictionary<(string Kind, Type Type), object> _serdes = new();
    private readonly bool _ownsRegistry;

    /// <summary>Serdes over an existing registry client, which the caller keeps owning.</summary>
    public ContractSerdes(ISchemaRegistryClient registry, ContractSerdesOptions? options = null)
        : this(registry, options ?? ContractSerdesOptions.Default, ownsRegistry: false)
    {
    }

    private ContractSerdes(ISchemaRegistryClient registry, ContractSerdesOptions options, bool ownsRegistry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        Registry = registry;
        Options = options;
        _ownsRegistry = ownsRegistry;
    }

    /// <summary>The registry client the serdes use.</summary>
    public ISchemaRegistryClient Registry { get; }

    /// <summary>How Avro is written.</summary>
    public ContractSerdesOptions Options { get; }

    /// <summary>Serdes over a new <see cref="CachedSchemaRegistryClient"/>, disposed with this instance.</summary>
    public static ContractSerdes Create(SchemaRegistryConfig config, ContractSerdesOptions? options = null) =>
        new(new CachedSchemaRegistryClient(config), options ?? ContractSerdesOptions.Default, ownsRegistry: true);

    /// <summary>Confluent Avro for an output record or key.</summary>
    public ISerde<T> Avro<T>()
        where T : class, ISpecificRecord =>
        Get("avro", typeof(T), () => new ConfluentAvroSerde<T>(Registry, Options.SerializerConfig()));

    /// <summary>A CDC key or record: reads Avro or Debezium JSON, writes Avro.</summary>
    public ISerde<T> CdcRecord<T>()
        where T : class, ISpecificRecord, new() =>
        Get("cdc", typeof(T), () => new CdcRecordSerde<T>(Registry, Options));

    /// <summary>A CDC value: the Debezium envelope of one table.</summary>
    public ISerde<DebeziumEnvelope<TRow>> Debezium<TRow, TEnvelope>()
        where TRow : class, ISpecificRecord
        where TEnvelope : class, ISpecificRecord, new() =>
        Get("debezium", typeof(TEnvelope), () => new DebeziumSerde<TRow, TEnvelope>(Registry, Options));

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsRegistry)
        {
            Registry.Dispose();
        }
    }

    private ISerde<T> Get<T>(string kind, Type type, Func<ISerde<T>> create) =>
        (ISerde<T>)_serdes.GetOrAdd((kind, type), _ => create());
}
