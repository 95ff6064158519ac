namespace StreamKit.State;

/// <summary>A store built in layers (cache, change logging, serdes) over one bytes store.</summary>
public interface IRestorableStore
{
    /// <summary>
    /// The innermost bytes store, below every cache and change-logging layer. Only restore writes
    /// here directly, so restored records are not logged again.
    /// </summary>
    IKeyValueBytesStore RestoreTarget { get; }
}
