using System.Collections.Concurrent;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;

namespace NumberIntel.Client.Tests.Assessment;

/// <summary>An in-process <see cref="IBindClient"/> for unit tests: answers every number with a clean mobile unless told otherwise.</summary>
internal sealed class FakeBindClient : IBindClient
{
    public ConcurrentQueue<IReadOnlyList<string>> Calls { get; } = new();

    public Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<BindScoringResult>>>? Handler { get; set; }

    public static BindScoringResult Mobile(string msisdn) => new()
    {
        Msisdn = msisdn,
        Response = BindResponseCode.Success,
        Phone = new BindPhone { Type = BindPhoneType.Mobile },
        Scoring = new BindScoring { Credibility = Credibility.High },
    };

    public async Task<BindScoringResult> ScoreAsync(string msisdn, CancellationToken cancellationToken = default) =>
        (await ScoreCoreAsync([msisdn], cancellationToken))[0];

    public Task<IReadOnlyList<BindScoringResult>> ScoreAsync(IEnumerable<string> msisdns, CancellationToken cancellationToken = default) =>
        ScoreCoreAsync([.. msisdns], cancellationToken);

    private Task<IReadOnlyList<BindScoringResult>> ScoreCoreAsync(IReadOnlyList<string> msisdns, CancellationToken cancellationToken)
    {
        Calls.Enqueue(msisdns);
        return Handler is { } handler
            ? handler(msisdns, cancellationToken)
            : Task.FromResult<IReadOnlyList<BindScoringResult>>([.. msisdns.Select(Mobile)]);
    }
}

/// <summary>An in-process <see cref="IIpqsClient"/> for unit tests: answers every number as a clean wireless line unless told otherwise.</summary>
internal sealed class FakeIpqsClient : IIpqsClient
{
    public ConcurrentQueue<string> Calls { get; } = new();

    public Func<string, CancellationToken, Task<IpqsPhoneResult>>? Handler { get; set; }

    public static IpqsPhoneResult Wireless(string phone) => new()
    {
        Success = true,
        Valid = true,
        Active = true,
        FraudScore = 0,
        LineType = "Wireless",
        Formatted = phone,
    };

    public Task<IpqsPhoneResult> ValidateAsync(string phone, IpqsPhoneRequest? request = null, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue(phone);
        return Handler is { } handler ? handler(phone, cancellationToken) : Task.FromResult(Wireless(phone));
    }
}
