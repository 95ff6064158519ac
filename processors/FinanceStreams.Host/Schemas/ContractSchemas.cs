using System.Reflection;
using Avro.Specific;
using FinanceStreams.Contracts;

namespace FinanceStreams.Host.Schemas;

/// <summary>
/// Every record schema of the contracts, as generated from <c>avro/</c>, self-contained, keyed by its
/// full name, which is also its subject in the registry (record-name strategy).
/// </summary>
internal static class ContractSchemas
{
    public static IReadOnlyDictionary<string, Avro.Schema> All() =>
        typeof(ContractsAssembly).Assembly.GetTypes()
            .Where(t => t.IsClass && typeof(ISpecificRecord).IsAssignableFrom(t))
            .Select(t => (Avro.Schema)t.GetField("_SCHEMA", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
            .OrderBy(s => s.Fullname, StringComparer.Ordinal)
            .ToDictionary(s => s.Fullname, StringComparer.Ordinal);
}
