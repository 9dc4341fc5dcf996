using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.Testing;
using Refit;

namespace NumberIntel.Client.Tests.Readme;

/// <summary>The README's "The HTTP layers" examples, against the emulator.</summary>
public sealed class ReadmeHttpLayersTests
{
    [Fact]
    public async Task RawAccess_RefitInterfacesFromDi_AnswerLikeTheTypedClients()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        var services = new ServiceCollection();
        services.AddNumberIntel(_ => { }).UseEmulator(emulator);
        await using var sp = services.BuildServiceProvider();
        var (bindKey, ipqsKey, ct) = (emulator.BindApiKey, emulator.IpqsApiKey, CancellationToken.None);

        IBindApi bindApi = sp.GetRequiredService<IBindApi>();
        using IApiResponse<BindScoringResponse> raw = await bindApi.ScoreAsync(
            bindKey, new BindScoringRequest { Msisdn = [MagicNumbers.HrVerifiedMobile.TrimStart('+')] }, ct);
        IIpqsApi ipqsApi = sp.GetRequiredService<IIpqsApi>();
        using IApiResponse<IpqsPhoneResult> check = await ipqsApi.ValidateAsync(ipqsKey, MagicNumbers.HrVerifiedMobile, strictness: 1, countries: ["HR"], cancellationToken: ct);

        Assert.True(raw.IsSuccessful);
        Assert.Equal(BindResponseCode.Success, Assert.Single(raw.Content!.Items).Response);
        Assert.True(check.IsSuccessful);
        Assert.True(check.Content!.Success);
    }

    [Fact]
    public async Task AddHttpMessageHandler_OnTheNamedClient_SeesEachAttempt()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        var audit = new MyAuditHandler();
        var services = new ServiceCollection();
        services.AddNumberIntel(_ => { }).UseEmulator(emulator);
        services.AddHttpClient(NumberIntelHttpClientNames.Bind)
            .AddHttpMessageHandler(() => audit);          // per attempt, inside retry and timeouts
        await using var sp = services.BuildServiceProvider();

        await sp.GetRequiredService<IBindClient>().ScoreAsync(MagicNumbers.HrVerifiedMobile);

        Assert.Equal(1, audit.Count);
    }

    private sealed class MyAuditHandler : DelegatingHandler
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
