using Avro.Specific;

namespace FinanceStreams.Topologies.Rows;

/// <summary>
/// Values a source row may not have (domain.md §9, "value out of range"): the row is refused with the field
/// and the value named, so the record goes to the dead letters instead of into any result.
/// </summary>
public static class RowCheck
{
    /// <summary>Longest text accepted in any field of a source row.</summary>
    public const int MaxTextLength = 4096;

    /// <summary>Refuses a negative <paramref name="value"/> of <paramref name="field"/>.</summary>
    public static decimal NonNegative(decimal value, string field) =>
        value >= 0m ? value : throw new RowOutOfRangeException($"{field} is {value}; it may not be negative.");

    /// <summary>Refuses a row with a text field longer than <see cref="MaxTextLength"/>.</summary>
    public static void TextLengths(ISpecificRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        foreach (var field in ((Avro.RecordSchema)row.Schema).Fields)
        {
            if (row.Get(field.Pos) is string { Length: > MaxTextLength } text)
            {
                throw new RowOutOfRangeException($"{field.Name} has {text.Length:N0} characters; at most {MaxTextLength:N0} are accepted.");
            }
        }
    }
}

/// <summary>A source row with a value out of range.</summary>
public sealed class RowOutOfRangeException : Exception
{
    /// <summary>An exception with <paramref name="message"/>.</summary>
    public RowOutOfRangeException(string message)
        : base(message)
    {
    }

    /// <summary>An exception without message.</summary>
    public RowOutOfRangeException()
    {
    }

    /// <summary>An exception with <paramref name="message"/> and its cause.</summary>
    public RowOutOfRangeException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
