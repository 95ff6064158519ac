namespace FinanceStreams.Topologies.Invoices;

/// <summary>Names of the stores the invoice topology's processors share.</summary>
/// <param name="DeskStates">Per-invoice desk state.</param>
/// <param name="DeskDeadlines">Grace-period deadlines of waiting invoices.</param>
/// <param name="DeskSettling">Processing-time deadlines of evaluation changes waiting to settle.</param>
/// <param name="CompletionStates">Per-command completion state.</param>
/// <param name="CompletionDeadlines">Acknowledgement deadlines of commands.</param>
/// <param name="CostCenters">Global store of cost centers (enrichment).</param>
/// <param name="FxRates">Global store of FX rates (enrichment).</param>
public sealed record InvoiceStores(string DeskStates, string DeskDeadlines, string DeskSettling, string CompletionStates, string CompletionDeadlines, string CostCenters, string FxRates);
