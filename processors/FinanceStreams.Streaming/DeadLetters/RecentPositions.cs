namespace FinanceStreams.Streaming.DeadLetters;

/// <summary>
/// The last few thousand record positions seen, so a record is dead-lettered once although Streamiz
/// 1.8.2 calls the deserialization handler for it twice (once when it queues the record to read its
/// timestamp, <c>RecordQueue.ToConsumeObject</c>, and again when it processes it) and once per key and value.
/// Thread-safe: every stream thread shares the handler.
/// </summary>
/// <param name="capacity">Positions kept; the oldest is forgotten first.</param>
internal sealed class RecentPositions(int capacity = 10_000)
{
    private readonly Lock _gate = new();
    private readonly HashSet<(string Topic, int Partition, long Offset)> _seen = [];
    private readonly Queue<(string Topic, int Partition, long Offset)> _order = new();

    /// <summary>Whether the position was remembered (and not forgotten since).</summary>
    public bool Contains(string topic, int partition, long offset)
    {
        lock (_gate)
        {
            return _seen.Contains((topic, partition, offset));
        }
    }

    /// <summary>Remembers a position, forgetting the oldest beyond the capacity.</summary>
    public void Add(string topic, int partition, long offset)
    {
        lock (_gate)
        {
            if (_seen.Add((topic, partition, offset)))
            {
                _order.Enqueue((topic, partition, offset));
                if (_order.Count > capacity)
                {
                    _seen.Remove(_order.Dequeue());
                }
            }
        }
    }
}
