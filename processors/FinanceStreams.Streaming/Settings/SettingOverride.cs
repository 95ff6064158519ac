using System.Globalization;

namespace FinanceStreams.Streaming.Settings;

/// <summary>How one string-valued override of <see cref="StreamsSettings"/> parses and applies.</summary>
internal sealed class SettingOverride
{
    private readonly Func<StreamsSettings, string, StreamsSettings?> _apply;

    private SettingOverride(string allowed, Func<StreamsSettings, string, StreamsSettings?> apply)
    {
        Allowed = allowed;
        _apply = apply;
    }

    /// <summary>A human description of the values accepted.</summary>
    public string Allowed { get; }

    public static SettingOverride Text(Func<StreamsSettings, string, StreamsSettings> apply) =>
        new("a non-empty string", (s, v) => string.IsNullOrWhiteSpace(v) ? null : apply(s, v.Trim()));

    public static SettingOverride Number(long min, Func<StreamsSettings, long, StreamsSettings> apply, long max = long.MaxValue) =>
        new($"an integer from {min} to {max}", (s, v) =>
            long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? apply(s, n) : null);

    public static SettingOverride Flag(Func<StreamsSettings, bool, StreamsSettings> apply) =>
        new("true or false", (s, v) => bool.TryParse(v, out var b) ? apply(s, b) : null);

    public static SettingOverride Choice<TEnum>(Func<StreamsSettings, TEnum, StreamsSettings> apply)
        where TEnum : struct, Enum
    {
        var names = Enum.GetValues<TEnum>().ToDictionary(e => Normalize(e.ToString()), e => e, StringComparer.Ordinal);
        return new(
            $"one of {string.Join(", ", Enum.GetNames<TEnum>())}",
            (s, v) => names.TryGetValue(Normalize(v), out var e) ? apply(s, e) : null);
    }

    /// <summary>Applies <paramref name="value"/>; an <see cref="ArgumentException"/> naming the key and the allowed values when it does not parse.</summary>
    public StreamsSettings Apply(StreamsSettings settings, string key, string? value) =>
        (value is null ? null : _apply(settings, value))
        ?? throw new ArgumentException($"Streams setting '{key}' has the value '{value}', which is not {Allowed}.", key);

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
