using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Flow;

/// <summary>ERP acknowledgements to the completion of the command they name.</summary>
public sealed class AcknowledgementRouter : RowRouter<GlPostingRow>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "acknowledgement-routes";

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    /// <inheritdoc/>
    protected override string RouteOf(GlPostingRow row) => row.CommandId;
}
