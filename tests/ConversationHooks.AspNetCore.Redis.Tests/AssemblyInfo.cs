// The tests of this assembly are load tests of one Redis and two cores each: run at once, they would measure
// the machine (a hand-off slower than its StreamTimeout is answered 503 by design), not the guarantees.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
