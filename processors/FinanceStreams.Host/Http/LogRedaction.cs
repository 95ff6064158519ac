using System.Text;
using Microsoft.Extensions.Primitives;

namespace FinanceStreams.Host.Http;

/// <summary>Redacts key- and token-like query parameters and headers before a request is logged.</summary>
public static class LogRedaction
{
    /// <summary>What a redacted value is replaced by.</summary>
    public const string Redacted = "[REDACTED]";

    private static readonly string[] _sensitive = ["key", "token", "secret", "password", "passwd", "pwd", "auth", "signature", "sig", "credential", "session", "cookie", "code", "jwt", "bearer"];

    /// <summary>Whether a parameter or header called <paramref name="name"/> may carry a secret.</summary>
    public static bool IsSensitive(string name) =>
        !string.IsNullOrEmpty(name) && _sensitive.Any(s => name.Contains(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>The query string with the values of sensitive parameters replaced (parameters that cannot be parsed are dropped).</summary>
    public static string Query(QueryString query)
    {
        if (!query.HasValue)
        {
            return string.Empty;
        }

        var parts = query.Value!.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? part : part[..equals]);
            return IsSensitive(name) || IsSensitive(part) ? $"{Truncate(Safe(name))}={Redacted}" : Truncate(part);
        });
        return "?" + string.Join('&', parts);
    }

    /// <summary>The headers as <c>name=value</c> pairs, sensitive values replaced, each value at most 100 characters.</summary>
    public static string Headers(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var text = new StringBuilder();
        foreach (var (name, values) in headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            text.Append(text.Length == 0 ? string.Empty : "; ").Append(Truncate(Safe(name))).Append('=').Append(IsSensitive(name) ? Redacted : Truncate(Safe(Join(values))));
        }

        return text.ToString();
    }

    private static string Join(StringValues values) => values.ToString();

    private static string Safe(string text) => new([.. text.Select(c => char.IsControl(c) ? '?' : c)]);

    private static string Truncate(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
