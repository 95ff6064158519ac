namespace StreamKit.Serialization;

/// <summary>Builds <see cref="SerdeException"/>s whose message names the topic and the record part.</summary>
internal static class SerdeErrors
{
    public static SerdeException CannotRead(SerdeContext context, string type, string reason, Exception? inner = null) =>
        Create($"Cannot read the {Part(context)} on topic '{context.Topic}' as {type}: {reason}", inner);

    public static SerdeException CannotWrite(SerdeContext context, string type, string reason, Exception? inner = null) =>
        Create($"Cannot write the {Part(context)} on topic '{context.Topic}' as {type}: {reason}", inner);

    public static SerdeException WrongLength(SerdeContext context, string type, int expected, int actual) =>
        CannotRead(context, type, $"expected {expected} bytes, got {actual}.");

    private static string Part(SerdeContext context) => context.IsKey ? "key" : "value";

    private static SerdeException Create(string message, Exception? inner) =>
        inner is null ? new SerdeException(message) : new SerdeException(message, inner);
}
