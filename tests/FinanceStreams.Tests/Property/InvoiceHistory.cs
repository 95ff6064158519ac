using System.Text;
using FinanceStreams.Tests.Infrastructure;

namespace FinanceStreams.Tests.Property;

/// <summary>One delivery of a generated invoice history, in delivery order; <paramref name="Applied"/> is false for a stale or replayed event (lsn not above the key's last).</summary>
internal sealed record InvoiceDelivery(CdcEvent Event, bool Applied);

/// <summary>
/// A generated history of the invoice topology's source tables: the deliveries (shuffled, partly replayed,
/// with older versions of some rows before or after their final version) and the final table states.
/// The last delivery is the <see cref="InvoiceHistoryGenerator.ClockInvoiceId"/> invoice with the highest lsn,
/// so the final stream time of every task is <see cref="FinalStreamTime"/>.
/// </summary>
internal sealed record InvoiceHistory(IReadOnlyList<InvoiceDelivery> Deliveries, InvoiceTables Final, long FinalStreamTime)
{
    /// <summary>The history, one delivery a line, for a failure message.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine($"final stream time = BaseTime + {(FinalStreamTime - CdcHarness.BaseTime) / 1000} s; {Deliveries.Count} deliveries (t = ms after BaseTime):");
        for (var i = 0; i < Deliveries.Count; i++)
        {
            var d = Deliveries[i];
            text.AppendLine($"  #{i,-3} lsn {d.Event.Lsn,3} {(d.Applied ? "     " : "DROP ")} {InvoiceTables.Describe(d.Event.Row)}");
        }

        return text.ToString();
    }
}
