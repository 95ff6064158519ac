namespace StreamKit.Graph;

/// <summary>Kinds of topology nodes.</summary>
public enum NodeKind
{
    /// <summary>Reads a topic.</summary>
    Source,

    /// <summary>Runs a processor.</summary>
    Processor,

    /// <summary>Writes a topic.</summary>
    Sink,
}
