using NumberIntel.Client;
using NumberIntel.Samples.SignupApi;

// A signup gate: POST /signup {"phone": "..."} → the "standard signup" recipe of the confidence model
// (accept, review, reject). Keys come from configuration (NumberIntel:Bind:ApiKey, NumberIntel:Ipqs:ApiKey — use
// user secrets or environment variables); with none, the API runs against the local emulator (sandbox mode).
var builder = WebApplication.CreateBuilder(args);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, SignupJsonContext.Default));
builder.Services.AddProblemDetails();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false); // a malformed body is a 400 problem, also in Development

builder.Services.AddOptions<SignupOptions>().Bind(builder.Configuration.GetSection(SignupOptions.SectionName)).ValidateOnStart();
var numberIntel = builder.Services.AddNumberIntel(builder.Configuration.GetSection(NumberIntelOptions.SectionName));
var sandbox = SandboxEmulator.AddIfNoKey(builder.Configuration, numberIntel);

var app = builder.Build();
if (sandbox is not null)
{
    await sandbox.StartAsync(app.Services);
    SignupLog.SandboxMode(app.Logger, sandbox.Emulator.BaseAddress);
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapPost("/signup", SignupEndpoint.HandleAsync)
    .WithName("Signup")
    .Produces<SignupResponse>()
    .ProducesProblem(StatusCodes.Status400BadRequest)
    .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
    .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

await app.RunAsync();

/// <summary>The signup API's entry point (public and partial so that <c>WebApplicationFactory&lt;Program&gt;</c> can host it in tests).</summary>
public partial class Program;
