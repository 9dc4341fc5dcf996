using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Assessment;

/// <summary>IPQS in a bulk run: at most <c>MaxConcurrency</c> requests in flight, each bound to the run and counted as its work.</summary>
internal sealed class BulkIpqsGate(AssessmentInstrumentation instrumentation, IIpqsClient client, int maxConcurrency, BulkWork work, CancellationToken token) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(maxConcurrency, maxConcurrency);

    /// <summary>IPQS for one number, within the run's concurrency.</summary>
    /// <remarks>
    /// Called by the shared purchase (<see cref="SingleFlight{T}"/>) that an entry of the run started, which may outlive
    /// the entry: the call is bound to the run's token (like the Bind batcher's requests: no request after the run ends;
    /// callers of other runs that joined it start their own purchase) and counted as the run's work (the run's disposal
    /// waits for it).
    /// </remarks>
    public async Task<IpqsPhoneResult> ValidateAsync(string e164, IpqsPhoneRequest? request)
    {
        work.Begin();
        try
        {
            await _gate.WaitAsync(token).ConfigureAwait(false);
            try
            {
                return await instrumentation.ValidateAsync(client, e164, request, token).ConfigureAwait(false);
            }
            finally
            {
                _gate.Release();
            }
        }
        finally
        {
            work.End();
        }
    }

    public void Dispose() => _gate.Dispose();
}
