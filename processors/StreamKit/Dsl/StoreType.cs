namespace StreamKit.Dsl;

/// <summary>Where a materialized store keeps its data.</summary>
public enum StoreType
{
    /// <summary>In memory; rebuilt from the changelog on start.</summary>
    InMemory,

    /// <summary>RocksDB on local disk.</summary>
    RocksDb,
}
