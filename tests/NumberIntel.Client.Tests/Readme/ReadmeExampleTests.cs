using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Readme;

/// <summary>The README's "Testing your code" example, verbatim, so the README stays true.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task Signup_DisposableNumber_IsFlaggedAndPaidOnce()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        var services = new ServiceCollection();
        services.AddNumberIntel(o => { }).UseEmulator(emulator);   // keys and addresses of the emulator
        await using var sp = services.BuildServiceProvider();

        var bind = sp.GetRequiredService<IBindClient>();
        var result = await bind.ScoreAsync(MagicNumbers.HrLowDisposable);

        Assert.True(result.Security!.IsDisposable);
        Assert.Equal(1, emulator.Bind.BilledCount(MagicNumbers.HrLowDisposable));
    }
}

/// <summary>The README's DI quick start, against the emulator instead of real keys.</summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public async Task AssessAsync_QuickStart_VerifiedMobileIsAcceptedByStandardSignup()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        var services = new ServiceCollection();
        services.AddNumberIntel(_ => { }).UseEmulator(emulator);
        await using var sp = services.BuildServiceProvider();

        var client = sp.GetRequiredService<INumberIntelClient>();
        NumberAssessment a = await client.AssessAsync("+385 91 555 0101");

        Assert.Equal(NumberIntel.Client.Confidence.SignupDecision.Accept, NumberIntel.Client.Confidence.ConfidenceRecipes.StandardSignup(a.Confidence!));
        Assert.Equal(NumberIntel.Client.Confidence.ConfidenceLabel.Verified, a.Label);
        Assert.False(a.Degraded);
    }
}
