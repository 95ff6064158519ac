namespace FinanceStreams.Contracts.Cdc;

/// <summary>The one-letter wire codes of <see cref="DebeziumOp"/>.</summary>
public static class DebeziumOps
{
    /// <summary>The op for a code, or null for an unknown code.</summary>
    public static DebeziumOp? Parse(string? code) => code switch
    {
        "c" => DebeziumOp.Create,
        "u" => DebeziumOp.Update,
        "d" => DebeziumOp.Delete,
        "r" => DebeziumOp.Read,
        "t" => DebeziumOp.Truncate,
        _ => null,
    };

    /// <summary>The wire code of an op.</summary>
    public static string ToCode(this DebeziumOp op) => op switch
    {
        DebeziumOp.Create => "c",
        DebeziumOp.Update => "u",
        DebeziumOp.Delete => "d",
        DebeziumOp.Read => "r",
        DebeziumOp.Truncate => "t",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown Debezium op."),
    };
}
