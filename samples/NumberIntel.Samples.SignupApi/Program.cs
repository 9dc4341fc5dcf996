using NumberIntel.Client;
using NumberIntel.Client.Testing;
using NumberIntel.Samples.SignupApi;

// A signup gate: POST /signup {"phone": "..."} → the "standard signup" recipe of the confidence model
// (accept, review, reject). Keys come from configuration (NumberIntel:Bind:ApiKey, NumberIntel:Ipqs:ApiKey — use
// user secrets or environment variables); with none, the API runs against the local emulator (sandbox mode).
// POST /bind/callback/{token} receives Bind's callbacks (BindCallbackEndpoint; off until BindCallback:Token is set).
var builder = WebApplication.CreateBuilder(args);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, SignupJsonContext.Default));
builder.Services.AddProblemDetails();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false); // a malformed body is a 400 problem, also in Development

builder.Services.AddOptions<SignupOptions>().Bind(builder.Configuration.GetSection(SignupOptions.SectionName)).ValidateOnStart();
var numberIntel = builder.Services.AddNumberIntel(builder.Configuration.GetSection(NumberIntelOptions.SectionName));
builder.Services.Configure<BindCallbackOptions>(builder.Configuration.GetSection(BindCallbackOptions.SectionName));
var sandbox = string.IsNullOrWhiteSpace(builder.Configuration["NumberIntel:Bind:ApiKey"])
    && string.IsNullOrWhiteSpace(builder.Configuration["NumberIntel:Ipqs:ApiKey"]);
if (sandbox)
{
    numberIntel.UseSandbox(); // the embedded emulator, started and stopped with this app (NumberIntel.Client.Testing)
}

var app = builder.Build();
if (sandbox)
{
    SignupLog.SandboxMode(app.Logger, app.Services.GetRequiredService<NumberIntelEmulator>().BaseAddress);
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapPost("/signup", SignupEndpoint.HandleAsync)
    .WithName("Signup")
    .Produces<SignupResponse>()
    .ProducesProblem(StatusCodes.Status400BadRequest)
    .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
    .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

// Bind posts its results to NumberIntel:Bind:CallbackUrl = https://<host>/bind/callback/<BindCallback:Token>.
app.MapPost(BindCallbackEndpoint.Route, BindCallbackEndpoint.HandleAsync)
    .WithName("BindCallback")
    .Produces(StatusCodes.Status204NoContent)
    .Produces(StatusCodes.Status404NotFound)
    .ProducesProblem(StatusCodes.Status400BadRequest)
    .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

await app.RunAsync();

/// <summary>The signup API's entry point (public and partial so that <c>WebApplicationFactory&lt;Program&gt;</c> can host it in tests).</summary>
public partial class Program;
