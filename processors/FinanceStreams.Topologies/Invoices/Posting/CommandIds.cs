using System.Security.Cryptography;
using System.Text;

namespace FinanceStreams.Topologies.Invoices.Posting;

/// <summary>
/// Deterministic posting command ids (domain.md §7): UUIDv5 (RFC 9562, SHA-1 name-based) of
/// <c>"invoice:" + invoice_id</c> or <c>"reversal:" + invoice_id</c> in the namespace
/// UUIDv5(URL namespace, <c>urn:finance-streams:posting-commands</c>). The same input always
/// yields the same id, so a replay can never post twice at an idempotent ERP.
/// </summary>
public static class CommandIds
{
    /// <summary>The RFC 9562 URL namespace.</summary>
    public static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>The namespace of posting command ids.</summary>
    public static readonly Guid Namespace = Version5(UrlNamespace, "urn:finance-streams:posting-commands");

    /// <summary>The id of an invoice's posting command.</summary>
    public static string Posting(string invoiceId) => Version5(Namespace, "invoice:" + invoiceId).ToString();

    /// <summary>The id of the reversal of an invoice's posting command.</summary>
    public static string Reversal(string invoiceId) => Version5(Namespace, "reversal:" + invoiceId).ToString();

    /// <summary>A name-based UUID, version 5.</summary>
    public static Guid Version5(Guid ns, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var input = ns.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5; it is an identifier, not a security control.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
