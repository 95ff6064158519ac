using System.Security.Cryptography;
using System.Text;

namespace FinanceStreams.Host.Http;

/// <summary>
/// The API keys, from configuration: one section per key id under <c>ApiKeys</c>, each with <c>Secret</c>
/// (or <c>SecretSha256</c>, hex) and <c>Scopes</c> (comma-separated or an array), e.g. the environment
/// variables <c>FINANCE_HTTP__APIKEYS__PORTAL__SECRET</c> and <c>FINANCE_HTTP__APIKEYS__PORTAL__SCOPES=budgets:read,budgets:check</c>.
/// Secrets are kept hashed and compared in constant time.
/// </summary>
public sealed class ApiKeyStore
{
    private readonly IReadOnlyList<ApiKey> _keys;

    /// <summary>A store of <paramref name="keys"/>.</summary>
    public ApiKeyStore(IEnumerable<ApiKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = [.. keys];
        var duplicate = _keys.GroupBy(k => k.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"API key id '{duplicate.Key}' is configured twice.", nameof(keys));
        }
    }

    /// <summary>How many keys are configured.</summary>
    public int Count => _keys.Count;

    /// <summary>A key with a plain secret, hashed here (for tests and configuration).</summary>
    public static ApiKey Key(string id, string secret, params string[] scopes) =>
        new(id, Hash(secret), scopes.ToHashSet(StringComparer.Ordinal));

    /// <summary>The keys of the <c>ApiKeys</c> child of <paramref name="section"/>.</summary>
    public static ApiKeyStore FromConfiguration(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return new(section.GetSection("ApiKeys").GetChildren().Select(Read));
    }

    /// <summary>The key whose secret is <paramref name="secret"/>, or null.</summary>
    public ApiKey? Find(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return null;
        }

        var hash = Hash(secret);
        ApiKey? found = null;
        foreach (var key in _keys)
        {
            // Compare with every key, so the time taken does not tell which key matched.
            found = CryptographicOperations.FixedTimeEquals(hash, key.SecretSha256) ? key : found;
        }

        return found;
    }

    private static ApiKey Read(IConfigurationSection key)
    {
        var secret = key["Secret"];
        var hex = key["SecretSha256"];
        var hash = (secret, hex) switch
        {
            ({ Length: > 0 }, null or "") => Hash(secret),
            (null or "", { Length: 64 }) => Convert.FromHexString(hex),
            _ => throw new InvalidOperationException($"API key '{key.Key}' needs exactly one of Secret or SecretSha256 (64 hex digits)."),
        };
        var listed = key.GetSection("Scopes").GetChildren().Select(c => c.Value).OfType<string>();
        var scopes = (key["Scopes"] is { } text ? text.Split(',') : listed).Select(s => s.Trim()).Where(s => s.Length > 0);
        return new ApiKey(key.Key, hash, scopes.ToHashSet(StringComparer.Ordinal));
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
