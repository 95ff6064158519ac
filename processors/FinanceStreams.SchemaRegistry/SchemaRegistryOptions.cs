namespace FinanceStreams.SchemaRegistry;

/// <summary>Where the local registry listens and keeps its data.</summary>
/// <param name="Port">Port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="DataDirectory">Directory of the registry's log; a restart on it loses nothing.</param>
public sealed record SchemaRegistryOptions(int Port, string DataDirectory);
