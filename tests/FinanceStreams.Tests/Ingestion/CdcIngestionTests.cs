using System.Diagnostics.Metrics;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Topologies.Ingestion;
using FinanceStreams.Tests.Infrastructure;
using static FinanceStreams.Tests.Infrastructure.AvroRows;

namespace FinanceStreams.Tests.Ingestion;

public sealed class CdcIngestionTests
{
    private static BudgetHarness CreateSut()
    {
        var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1"));
        sut.Put(BudgetLine("B1", "CC1", 1000m), lsn: 10);
        return sut;
    }

    [Fact]
    public void Event_LsnNotHigher_DroppedAndCounted()
    {
        using var sut = CreateSut();
        using var stale = new CdcCounter(CdcMetrics.StaleEventsName);
        sut.Put(BudgetLine("B1", "CC1", 1m), lsn: 5);
        sut.Put(BudgetLine("B1", "CC1", 2m), lsn: 10);
        Assert.Equal(1000m, (decimal)sut.Bucket("CC1").budget);
        Assert.Equal(2, stale.Count("budgeting.public.budget_lines"));
    }

    [Fact]
    public void Events_EveryOneRead_CountedWithStaleAndTombstonesToo()
    {
        using var sut = CreateSut();
        using var read = new CdcCounter(CdcMetrics.ReadEventsName);
        sut.Put(BudgetLine("B1", "CC1", 1m), lsn: 5);
        sut.Put(BudgetLine("B2", "CC1", 2m), lsn: 11);
        sut.Delete(BudgetLine("B2", "CC1", 2m), lsn: 12);
        Assert.Equal(4, read.Count("budgeting.public.budget_lines"));
    }

    [Fact]
    public void Event_ExactRedelivery_ChangesNothing()
    {
        using var sut = CreateSut();
        sut.Put(BudgetLine("B1", "CC1", 1000m), lsn: 10, op: DebeziumOp.Read);
        Assert.Equal(1000m, (decimal)sut.Bucket("CC1").budget);
        Assert.Equal(1, sut.Bucket("CC1").document_count);
    }

    [Fact]
    public void Delete_ReplayedTombstoneAfterRecreate_DoesNotDeleteNewerRow()
    {
        using var sut = CreateSut();
        var line = BudgetLine("B1", "CC1", 1000m);
        sut.Delete(line, lsn: 11);
        sut.Put(BudgetLine("B1", "CC1", 700m), lsn: 12);
        sut.Delete(line, lsn: 11); // replay of the delete and its tombstone
        Assert.Equal(700m, (decimal)sut.Bucket("CC1").budget);
    }

    [Fact]
    public void Delete_WithoutTombstone_RemovesRow()
    {
        using var sut = CreateSut();
        sut.Put(BudgetLine("B2", "CC1", 5m));
        sut.Delete(BudgetLine("B1", "CC1", 1000m), tombstone: false);
        Assert.Equal(5m, (decimal)sut.Bucket("CC1").budget);
    }

    [Fact]
    public void Truncate_Ignored()
    {
        using var sut = CreateSut();
        sut.Truncate(BudgetLine("B1", "CC1", 1000m));
        Assert.Equal(1000m, (decimal)sut.Bucket("CC1").budget);
    }

    [Fact]
    public void Topology_Describe_ListsIngestionAndOutputs()
    {
        using var sut = CreateSut();
        var description = sut.Topology.Describe().ToString();
        Assert.Contains("budget-line-stage", description, StringComparison.Ordinal);
        Assert.Contains("finance.budget-consumption", description, StringComparison.Ordinal);
    }

    /// <summary>Counts per topic of one CDC instrument, recorded on this test's thread (the test driver processes on it; other tests run in parallel).</summary>
    private sealed class CdcCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Dictionary<string, long> _counts = [];
        private readonly Lock _gate = new();
        private readonly int _thread = Environment.CurrentManagedThreadId;

        public CdcCounter(string instrumentName)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == CdcMetrics.MeterName && instrument.Name == instrumentName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                if (Environment.CurrentManagedThreadId != _thread)
                {
                    return;
                }

                foreach (var tag in tags)
                {
                    if (tag.Key == "topic")
                    {
                        lock (_gate)
                        {
                            _counts[(string)tag.Value!] = _counts.GetValueOrDefault((string)tag.Value!) + value;
                        }
                    }
                }
            });
            _listener.Start();
        }

        public long Count(string topic)
        {
            lock (_gate)
            {
                return _counts.GetValueOrDefault(topic);
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
