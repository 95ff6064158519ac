using System.Security.Claims;

namespace FinanceStreams.Host.Http;

/// <summary>Who a request's credentials name: an API key's id, or a token's subject (or client id).</summary>
public static class ClientIdentity
{
    /// <summary>The actor recorded in the audit: the key id, or <c>token:</c> and the token's subject.</summary>
    public static string Actor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = user.Identity;
        if (identity is not { IsAuthenticated: true })
        {
            return "anonymous";
        }

        return identity.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName
            ? identity.Name ?? "unknown"
            : "token:" + (identity.Name ?? user.FindFirstValue("client_id") ?? user.FindFirstValue("azp") ?? "unknown");
    }

    /// <summary>The rate limit partition of an authenticated caller: scheme and name, so a key and a token subject never share one.</summary>
    public static string Partition(ClaimsPrincipal user) => "client:" + Actor(user);
}
