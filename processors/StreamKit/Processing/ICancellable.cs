namespace StreamKit.Processing;

/// <summary>Cancels a scheduled punctuator.</summary>
public interface ICancellable
{
    /// <summary>Stops further calls.</summary>
    void Cancel();
}
