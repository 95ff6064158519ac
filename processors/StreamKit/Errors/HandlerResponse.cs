namespace StreamKit.Errors;

/// <summary>What to do after a handler looked at a failed record.</summary>
public enum HandlerResponse
{
    /// <summary>Stop the stream thread: the error is not one to skip.</summary>
    Fail,

    /// <summary>Skip the record and go on (a dead-letter handler has kept a copy first).</summary>
    Continue,
}
