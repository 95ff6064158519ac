namespace FinanceStreams.Contracts.Cdc.Reading;

/// <summary>A JSON number kept as its exact text, so money never passes through a double.</summary>
/// <param name="Raw">The number as written in the JSON.</param>
internal readonly record struct JsonNumber(string Raw)
{
    /// <inheritdoc/>
    public override string ToString() => Raw;
}
