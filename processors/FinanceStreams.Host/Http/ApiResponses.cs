namespace FinanceStreams.Host.Http;

/// <summary>
/// The statuses each endpoint can answer, declared as endpoint metadata for the generated OpenAPI document: the ones the
/// pipeline answers on any route, and those of protected endpoints, beside each endpoint's own.
/// </summary>
public static class ApiResponses
{
    /// <summary>Answered on any route: a control character in the path (400), a target too long (414), headers too large (431), a failure (500).</summary>
    public static IReadOnlyList<int> AnyRoute { get; } = [400, 414, 431, 500];

    /// <summary>Answered by a protected endpoint: no or invalid credentials (401), a missing scope (403), throttled (429).</summary>
    public static IReadOnlyList<int> Protected { get; } = [401, 403, 429];

    /// <summary>Declares problem responses for <paramref name="statuses"/> and <see cref="AnyRoute"/> (and <see cref="Protected"/> when <paramref name="isProtected"/>).</summary>
    public static TBuilder Problems<TBuilder>(this TBuilder builder, bool isProtected, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in AnyRoute.Concat(isProtected ? Protected : []).Concat(statuses).Distinct().Order())
        {
            if (status is 400 or 422)
            {
                builder.ProducesValidationProblem(status);
            }
            else
            {
                builder.ProducesProblem(status);
            }
        }

        return builder;
    }
}
