using finance.matching;
using finance.posting;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Tests.Infrastructure;

namespace FinanceStreams.Tests.Property;

/// <summary>One replayed history and the coverage of the histories run.</summary>
public sealed partial class InvoicePropertyTests
{
    /// <summary>What the histories exercised, so a generator change cannot quietly make the property vacuous.</summary>
    private sealed class Coverage
    {
        private readonly Dictionary<InvoiceMatchStatus, int> _statuses = [];
        private readonly Dictionary<MatchReason, int> _reasons = [];
        private int _expired;
        private int _unbalanced;
        private int _suspected;
        private int _postings;
        private int _reversals;
        private int _changed;

        public void Add(ExpectedInvoices expected, InvoiceHarness sut)
        {
            foreach (var e in expected.Invoices.Values.Where(e => e.InvoiceId != InvoiceHistoryGenerator.ClockInvoiceId))
            {
                _statuses[e.Status] = _statuses.GetValueOrDefault(e.Status) + 1;
                foreach (var r in e.Reasons)
                {
                    _reasons[r] = _reasons.GetValueOrDefault(r) + 1;
                }

                _expired += e.Status == InvoiceMatchStatus.UNMATCHED && e.Reasons.All(r => r is MatchReason.PO_LINE_NOT_FOUND or MatchReason.NOT_RECEIVED) ? 1 : 0;
                _unbalanced += e.Status == InvoiceMatchStatus.MATCHED && !e.Balanced ? 1 : 0;
            }

            _suspected += expected.Suspected.Count;
            _postings += sut.Commands().Count(c => c.document_type == PostingDocumentType.KR);
            _reversals += sut.Commands().Count(c => c.document_type == PostingDocumentType.KA);
            _changed += sut.Unmatched().Count(u => u.event_type == UnmatchedEventType.CHANGED_AFTER_POSTING);
        }

        public void AssertExercised()
        {
            Assert.All(Enum.GetValues<InvoiceMatchStatus>(), s => Assert.True(_statuses.GetValueOrDefault(s) > 0, $"no {s} invoice: {this}"));
            Assert.All(Enum.GetValues<MatchReason>().Where(r => r != MatchReason.CHANGED_AFTER_POSTING), r => Assert.True(_reasons.GetValueOrDefault(r) > 0, $"no {r}: {this}"));
            Assert.True(_expired > 0 && _unbalanced > 0 && _suspected > 0 && _postings > 0 && _reversals > 0 && _changed > 0, ToString());
        }

        public override string ToString() =>
            $"statuses {string.Join(", ", _statuses.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}"))}; reasons {string.Join(", ", _reasons.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}"))}; " +
            $"unmatched after the grace period {_expired}, matched but unbalanced {_unbalanced}, suspected pairs {_suspected}, postings {_postings}, reversals {_reversals}, changed after posting {_changed}";
    }

    /// <summary>One history replayed into the topology: the expectation, the harness with every output, and what was observed along the way.</summary>
    private sealed class Run : IDisposable
    {
        private Run(InvoiceHistory history, ExpectedInvoices expected, InvoiceHarness sut)
        {
            History = history;
            Expected = expected;
            Sut = sut;
        }

        public InvoiceHistory History { get; }

        public ExpectedInvoices Expected { get; }

        public InvoiceHarness Sut { get; }

        /// <summary>Commands issued for an invoice that the table states right after the delivery do not make postable (or, for a reversal, a duplicate).</summary>
        public List<string> Transients { get; } = [];

        /// <summary>Tombstones written to the invoice-status topic.</summary>
        public List<string> Tombstones { get; } = [];

        public static Run Of(int seed)
        {
            var history = new InvoiceHistoryGenerator(new Random(seed)).Generate();
            var run = new Run(history, InvoiceOracle.Compute(history.Final, history.FinalStreamTime), new InvoiceHarness());
            try
            {
                run.Replay(seed);
                return run;
            }
            catch
            {
                run.Dispose();
                throw;
            }
        }

        /// <summary>Delivers the history event by event, watching the status topic for tombstones and checking each new command against the table states so far.</summary>
        private void Replay(int seed)
        {
            var ops = new Random(seed);
            var state = new InvoiceTables();
            var last = new Dictionary<(string, string), long>();
            for (var step = 0; step < History.Deliveries.Count; step++)
            {
                var e = History.Deliveries[step].Event;
                var seen = Sut.Commands().Count;
                Sut.Put(e.Row, e.Lsn, Op(ops));
                if (!last.TryGetValue((e.Table, e.Key), out var lsn) || e.Lsn > lsn)
                {
                    last[(e.Table, e.Key)] = e.Lsn;
                    state.Put(e.Row);
                }

                Tombstones.AddRange(Sut.StatusTombstones()
                    .Select(id => $"delivery #{step} ({InvoiceTables.Describe(e.Row)}) wrote a tombstone for invoice {id} to the invoice-status topic, though no invoice is ever deleted"));
                var issued = Sut.Commands().Skip(seen).ToList();
                if (issued.Count == 0)
                {
                    continue;
                }

                var now = InvoiceOracle.Compute(state, History.FinalStreamTime).Invoices;
                foreach (var command in issued)
                {
                    var invoice = now.GetValueOrDefault(command.invoice_id);
                    if (command.document_type == PostingDocumentType.KR ? invoice is not { Postable: true } : invoice?.Status != InvoiceMatchStatus.DUPLICATE)
                    {
                        Transients.Add($"delivery #{step} ({InvoiceTables.Describe(e.Row)}) issued {command.document_type} {command.command_id} for {command.invoice_id}, " +
                            $"which the table states after it make {invoice?.ToString() ?? "absent"}");
                    }
                }
            }
        }

        public void Dispose() => Sut.Dispose();

        private static DebeziumOp Op(Random random) => random.Next(4) switch
        {
            0 => DebeziumOp.Read,
            1 => DebeziumOp.Create,
            _ => DebeziumOp.Update,
        };
    }
}
