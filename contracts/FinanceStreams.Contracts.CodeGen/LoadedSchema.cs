using Avro;

namespace FinanceStreams.Contracts.CodeGen;

/// <summary>A named schema parsed from one .avsc file.</summary>
/// <param name="RelativePath">Path of the file below the avro directory, with '/' separators.</param>
/// <param name="Schema">The parsed schema.</param>
public sealed record LoadedSchema(string RelativePath, NamedSchema Schema);
