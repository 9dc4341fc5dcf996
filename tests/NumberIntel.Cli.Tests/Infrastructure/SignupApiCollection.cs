namespace NumberIntel.Cli.Tests.Infrastructure;

/// <summary>
/// The signup API's tests run alone, after the others: <c>WebApplicationFactory</c> takes the first web host built in the
/// process while it starts the app, and the emulators other tests start in parallel are web hosts too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SignupApiCollection
{
    public const string Name = "SignupApi";
}
