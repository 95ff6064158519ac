// The tests start brokers, pipelines and Prometheus on a 2-core machine; running collections in
// parallel would make their timing assertions and the machine's load unpredictable.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
