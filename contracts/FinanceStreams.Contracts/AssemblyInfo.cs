namespace FinanceStreams.Contracts;

/// <summary>Marker for the contracts assembly.</summary>
public static class ContractsAssembly;
