namespace StreamKit.Dsl;

/// <summary>Errors shared by the parameter objects.</summary>
internal static class Settings
{
    public static InvalidOperationException GivenTwice(string setting) =>
        new($"The {setting} is already set; a setting is given once.");
}
