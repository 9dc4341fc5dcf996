namespace NumberIntel.Client.Testing;

/// <summary>What a scripted <see cref="EmulatorFault"/> does to the request it hits.</summary>
public enum EmulatorFaultKind
{
    /// <summary>Answer with a fixed HTTP status, content type, body and optional <c>Retry-After</c> (429, 5xx, HTML pages, …).</summary>
    Response,

    /// <summary>Wait for <see cref="EmulatorFault.Delay"/> (on the emulator's <see cref="TimeProvider"/>), then answer normally.</summary>
    Delay,

    /// <summary>Hold the request until the test calls <see cref="EmulatorFaultHandle.Release"/>, then answer normally.</summary>
    Hold,

    /// <summary>Abort the connection without an answer.</summary>
    DropConnection,

    /// <summary>HTTP 200 with the vendor's content type and a body that is not valid JSON (a comma missing).</summary>
    MalformedJson,

    /// <summary>HTTP 200 with the vendor's content type and the normal answer cut off half-way.</summary>
    TruncatedJson,

    /// <summary>The vendor's answer to a wrong API key: Bind 401 <c>text/plain</c>, IPQS 200 <c>success:false</c> with its key message.</summary>
    BadKey,

    /// <summary>IPQS only: HTTP 200 <c>success:false</c> with <see cref="EmulatorFault.Message"/> (credits, quota, …).</summary>
    IpqsError,

    /// <summary>Bind only, per item: the number's item carries <see cref="EmulatorFault.BindCode"/> instead of its answer.</summary>
    BindItemCode,

    /// <summary>Bind only, per request: every item of the request carries <see cref="EmulatorFault.BindCode"/> (account states).</summary>
    BindBatchCode,
}
