using Confluent.SchemaRegistry.Serdes;

namespace FinanceStreams.Contracts.Serialization;

/// <summary>How <see cref="ContractSerdes"/> writes Avro.</summary>
/// <param name="AutoRegisterSchemas">Register the writer schema on first use (dev, tests). In production, set false and pre-register.</param>
/// <param name="UseLatestVersion">Write with the latest registered schema of the subject instead of the type's own.</param>
public sealed record ContractSerdesOptions(bool AutoRegisterSchemas = true, bool UseLatestVersion = false)
{
    /// <summary>Auto-registers schemas; writes with the type's own schema.</summary>
    public static ContractSerdesOptions Default { get; } = new();

    /// <summary>The Confluent serializer configuration for these options.</summary>
    public AvroSerializerConfig SerializerConfig() => new()
    {
        AutoRegisterSchemas = AutoRegisterSchemas,
        UseLatestVersion = UseLatestVersion,
    };
}
