namespace NumberIntel.Client.Ipqs;

/// <summary>IPQS phone validation (<c>GET json/phone</c>).</summary>
public interface IIpqsClient
{
    /// <summary>Validates one phone number.</summary>
    /// <param name="phone">The number, preferably E.164 (<c>+18005551234</c>); national numbers need <see cref="IpqsPhoneRequest.Countries"/>.</param>
    /// <param name="request">Optional parameters; when null, <see cref="IpqsOptions.DefaultRequest"/> (if any) is used.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result. <c>valid:false</c> is a result, not an exception.</returns>
    /// <exception cref="ArgumentException">The phone is empty, <see cref="IpqsPhoneRequest.Strictness"/> is outside 0–2, or a parameter name is reserved or empty.</exception>
    /// <exception cref="NumberIntelAuthenticationException">The key was rejected (HTTP 401/403, or <c>success:false</c> "Invalid or unauthorized key").</exception>
    /// <exception cref="NumberIntelAccountException"><c>success:false</c> with insufficient credits or an exceeded request quota.</exception>
    /// <exception cref="NumberIntelThrottledException">HTTP 429.</exception>
    /// <exception cref="NumberIntelVendorException">Any other <c>success:false</c>, any other HTTP error, or a body that is not usable.</exception>
    /// <exception cref="NumberIntelVendorException">The vendor could not be reached, the connection failed or the call timed out (the original exception is the inner exception).</exception>
    Task<IpqsPhoneResult> ValidateAsync(string phone, IpqsPhoneRequest? request = null, CancellationToken cancellationToken = default);
}
