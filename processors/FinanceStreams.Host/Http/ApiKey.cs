namespace FinanceStreams.Host.Http;

/// <summary>A client of the API: its id (recorded as "who" in audit events), the SHA-256 of its secret, and its scopes.</summary>
/// <param name="Id">Key id, e.g. the calling system's name.</param>
/// <param name="SecretSha256">SHA-256 of the secret sent in <c>X-Api-Key</c>.</param>
/// <param name="Scopes">Granted scopes (<see cref="ApiScopes"/>).</param>
public sealed record ApiKey(string Id, byte[] SecretSha256, IReadOnlySet<string> Scopes);
