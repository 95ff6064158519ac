using System.Text;

namespace FinanceStreams.IntegrationTests.Http;

/// <summary>One hostile request, sent raw, with the status it must get and the documented operation it targets (null: none).</summary>
internal sealed record HostileCase(string Name, string Method, string Target, string[] Headers, string? Body, int Expected, string? Operation)
{
    public const string Check = "/api/v1/budget-checks";
    public const string Budget = "/api/v1/budgets/{costCenter}/{fiscalYear}/{fiscalPeriod}";

    /// <summary>Raw parts of the body sent one by one (the head then names their length or encoding), or null.</summary>
    public IReadOnlyList<byte[]>? Raw { get; init; }

    /// <summary>Pause before each raw part (a slow body), or null.</summary>
    public TimeSpan? Pause { get; init; }

    public string Head(string extraHeader = "") =>
        RawHttp.Head(Method, Target, [.. Headers, .. Body is null || Raw is not null ? Array.Empty<string>() : [$"Content-Length: {Encoding.UTF8.GetByteCount(Body)}"], .. extraHeader.Length > 0 ? [extraHeader] : Array.Empty<string>()]);

    public IReadOnlyList<byte[]>? Parts => Raw ?? (Body is null ? null : [Encoding.UTF8.GetBytes(Body)]);

    public override string ToString() => Name;
}
