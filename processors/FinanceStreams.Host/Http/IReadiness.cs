namespace FinanceStreams.Host.Http;

/// <summary>Whether this instance serves traffic: false while its state is restoring or it is not started.</summary>
public interface IReadiness
{
    /// <summary>True when every topology of this process runs and none is restoring.</summary>
    bool IsReady { get; }
}
