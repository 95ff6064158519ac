using Avro.Specific;

namespace FinanceStreams.Tests.Property;

/// <summary>One generated change event: the row, whether it deletes, its lsn and the table key.</summary>
internal sealed record CdcEvent(string Table, string Key, ISpecificRecord Row, bool Delete, long Lsn);
