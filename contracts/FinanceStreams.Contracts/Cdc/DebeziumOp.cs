namespace FinanceStreams.Contracts.Cdc;

/// <summary>The Debezium <c>op</c> of a change event.</summary>
public enum DebeziumOp
{
    /// <summary><c>c</c>: a row was inserted.</summary>
    Create,

    /// <summary><c>u</c>: a row was updated.</summary>
    Update,

    /// <summary><c>d</c>: a row was deleted (after is null; a tombstone follows).</summary>
    Delete,

    /// <summary><c>r</c>: a row was read by a snapshot.</summary>
    Read,

    /// <summary><c>t</c>: the table was truncated (ignored by the pipeline, counted).</summary>
    Truncate,
}
