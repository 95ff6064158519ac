// Some tests count process-wide metrics (stale CDC events per topic) with a MeterListener; tests in
// parallel would add their own events to the count, so this assembly runs its tests one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
