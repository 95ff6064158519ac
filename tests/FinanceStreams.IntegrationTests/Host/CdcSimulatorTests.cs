using finance.matching;
using FinanceStreams.Host.Simulation;
using FinanceStreams.Tests.Infrastructure;

namespace FinanceStreams.IntegrationTests.Host;

/// <summary>The simulator's events are valid CDC for the topologies, and every injected anomaly is found by the rule that guards it.</summary>
public sealed class CdcSimulatorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_events_and_another_seed_other_events()
    {
        static List<string> Run(int seed) => [.. new CdcSimulator(new SimulationOptions(Cases: 30, Seed: seed)).Events().Select(e => $"{e.Event.Topic} {System.Text.Encoding.UTF8.GetString(e.Event.ValueJson())}")];

        Assert.Equal(Run(7), Run(7));
        Assert.NotEqual(Run(7), Run(8));
    }

    [Fact]
    public void Invalid_options_name_every_setting_out_of_range()
    {
        var error = Assert.Throws<ArgumentException>(() => new SimulationOptions(Cases: 0, Rate: -1, AnomalyRate: 2).Validated());

        Assert.Contains("--cases", error.Message, StringComparison.Ordinal);
        Assert.Contains("--rate", error.Message, StringComparison.Ordinal);
        Assert.Contains("--anomaly-rate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_injected_invoice_anomaly_is_found_and_clean_cases_are_matched_and_posted()
    {
        var events = new CdcSimulator(new SimulationOptions(Cases: 120, AnomalyRate: 0.7, Seed: 3)).Events().ToList();
        using var sut = new InvoiceHarness();
        foreach (var e in events.Where(e => sut.Reads(e.Event.Topic)))
        {
            sut.PipeRaw(e.Event.Topic, e.Event.KeyJson(), e.Event.ValueJson(), e.Event.EventTime.ToUnixTimeMilliseconds());
        }

        var statuses = sut.Statuses();
        var byCase = events.Where(e => e.Event.Topic.EndsWith(".supplier_invoices", StringComparison.Ordinal))
            .Select(e => (Invoice: InvoiceOf(e), e.Anomaly)).DistinctBy(x => x.Invoice).ToList();
        IEnumerable<string> Cases(Anomaly? anomaly) => byCase.Where(x => x.Anomaly == anomaly && x.Invoice.Count(c => c == '-') == 1).Select(x => x.Invoice);

        Assert.All(new Anomaly?[] { null, Anomaly.CdcReplay, Anomaly.LateReceipt, Anomaly.MissingFxRate }, a => Assert.All(Cases(a), id => Assert.Equal(InvoiceMatchStatus.MATCHED, statuses[id].status)));
        Assert.All(Cases(Anomaly.PriceVariance), id => Assert.Contains(statuses[id].findings, f => f.reason == MatchReason.PRICE_VARIANCE));
        Assert.All(Cases(Anomaly.BlockedSupplier), id => Assert.Contains(statuses[id].findings, f => f.reason == MatchReason.SUPPLIER_BLOCKED));
        Assert.All(Cases(Anomaly.ExactDuplicate), id => Assert.Equal((InvoiceMatchStatus.DUPLICATE, id), (statuses[id + "-D"].status, statuses[id + "-D"].original_invoice_id)));
        var suspected = sut.Duplicates().Where(d => d.kind == DuplicateKind.SUSPECTED && !d.withdrawn).Select(d => (d.original_invoice_id, d.invoice_id)).ToHashSet();
        Assert.All(Cases(Anomaly.SuspectedDuplicate), id => Assert.Contains((id, id + "-S"), suspected));
        Assert.All(Enum.GetValues<Anomaly>().Where(a => a != Anomaly.OverBudgetRequisition), a => Assert.NotEmpty(Cases(a)));
        var posted = new Anomaly?[] { null, Anomaly.CdcReplay, Anomaly.LateReceipt, Anomaly.MissingFxRate, Anomaly.ExactDuplicate, Anomaly.SuspectedDuplicate }.SelectMany(Cases);
        Assert.Equal(posted.Order(), sut.Commands().Select(c => c.invoice_id).Order());

        // the second, suspected invoice takes the PO line over its ordered quantity: the posted first one is reported
        var changed = sut.Unmatched().Where(u => u.event_type == UnmatchedEventType.CHANGED_AFTER_POSTING).Select(u => u.invoice_id).ToHashSet();
        Assert.All(Cases(Anomaly.SuspectedDuplicate), id => Assert.Contains(id, changed));
        Assert.All(Cases(null), id => Assert.Equal(finance.posting.PostingState.POSTED, sut.PostingStatuses()[Topologies.Invoices.Posting.CommandIds.Posting(id)].state));
    }

    private static string InvoiceOf(SimulatedEvent e) => System.Text.Json.JsonDocument.Parse(e.Event.KeyJson()).RootElement.GetProperty("invoice_id").GetString()!;
}
