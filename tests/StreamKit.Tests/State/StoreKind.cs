namespace StreamKit.Tests.State;

public enum StoreKind
{
    InMemory,
    RocksDb,
}
