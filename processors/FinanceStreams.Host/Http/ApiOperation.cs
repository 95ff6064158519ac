namespace FinanceStreams.Host.Http;

/// <summary>What the OpenAPI document says of an endpoint, attached to it as metadata; the path and method come from the route table.</summary>
/// <param name="OperationId">Unique operation id.</param>
/// <param name="Summary">One line.</param>
/// <param name="Tag">Group in the document.</param>
/// <param name="Statuses">Response status codes besides 200.</param>
public sealed record ApiOperation(string OperationId, string Summary, string Tag, IReadOnlyList<int> Statuses)
{
    /// <summary>The scope an API key needs; null for an anonymous endpoint.</summary>
    public string? Scope { get; init; }

    /// <summary>The JSON request body's type, if any.</summary>
    public Type? Request { get; init; }

    /// <summary>The JSON 200 response's type; null for a non-JSON response.</summary>
    public Type? Response { get; init; }

    /// <summary>The media type of a non-JSON 200 response.</summary>
    public string? ResponseMediaType { get; init; }
}
