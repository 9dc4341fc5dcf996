// The fleet tests measure a rate: they run alone, not beside the other Redis tests.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
