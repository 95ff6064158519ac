using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Contracts.Cdc.Reading;

/// <summary>Where a value is being converted: topic, payload format and field path, for error messages.</summary>
/// <param name="Topic">The topic read.</param>
/// <param name="Tree">The payload being converted.</param>
internal sealed record ConversionScope(string Topic, PayloadTree Tree)
{
    /// <summary>An exception naming topic, format, field and what was found.</summary>
    public SerdeException Error(string path, string expected, object? found, Exception? inner = null)
    {
        var message = $"Topic '{Topic}' ({Tree.Format}): field '{path}': expected {expected}, found {Describe(found)}.";
        return inner is null ? new SerdeException(message) : new SerdeException(message, inner);
    }

    /// <summary>A short, safe description of a value.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"string \"{(s.Length > 40 ? s[..40] + "..." : s)}\"",
        JsonNumber n => $"number {n.Raw}",
        bool b => b ? "true" : "false",
        IReadOnlyDictionary<string, object?> => "an object",
        byte[] bytes => $"{bytes.Length} bytes",
        System.Collections.IList => "an array",
        _ => $"{value.GetType().Name} {value}",
    };
}
