using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NumberIntel.Client;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Telemetry;

namespace NumberIntel.Samples.SignupApi;

/// <summary>
/// <c>POST /bind/callback/{token}</c>: receives the results Bind posts to <c>callback_url</c>, reads them with
/// <see cref="BindCallbackParser"/>, normalizes each one to a confidence label and logs it (numbers redacted unless
/// <c>NumberIntel:LogFullNumbers</c> is on). Answers 204 once the body is read; 404 when the token is wrong or callbacks
/// are off (no <see cref="BindCallbackOptions.Token"/>); 413 for a body over <see cref="BindCallbackOptions.MaxBodyBytes"/>;
/// a 400 problem when the body is not a Bind callback.
/// </summary>
public static class BindCallbackEndpoint
{
    /// <summary>The route pattern.</summary>
    public const string Route = "/bind/callback/{token}";

    /// <summary>The problem <c>type</c> of a body that is not a Bind callback.</summary>
    public const string MalformedProblemType = "https://numberintel.dev/problems/bind-callback-malformed";

    /// <summary>Handles one callback.</summary>
    /// <param name="token">The shared secret from the path.</param>
    /// <param name="context">The request, whose body is the callback.</param>
    /// <param name="callbackOptions">The endpoint's settings.</param>
    /// <param name="numberIntelOptions">For <c>LogFullNumbers</c>.</param>
    /// <param name="normalizer">Turns each Bind result into a confidence label.</param>
    /// <param name="loggerFactory">For the log lines.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>204, 404, 413 or a 400 problem.</returns>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> HandleAsync(
        string token,
        HttpContext context,
        [FromServices] IOptions<BindCallbackOptions> callbackOptions,
        [FromServices] IOptions<NumberIntelOptions> numberIntelOptions,
        [FromServices] ConfidenceNormalizer normalizer,
        [FromServices] ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(callbackOptions);
        ArgumentNullException.ThrowIfNull(numberIntelOptions);
        ArgumentNullException.ThrowIfNull(normalizer);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var logger = loggerFactory.CreateLogger(typeof(BindCallbackEndpoint).FullName!);
        var options = callbackOptions.Value;
        if (string.IsNullOrEmpty(options.Token))
        {
            SignupLog.BindCallbackDisabled(logger);
            return TypedResults.NotFound();
        }

        if (!TokenMatches(token, options.Token))
        {
            SignupLog.BindCallbackWrongToken(logger);
            return TypedResults.NotFound();
        }

        if (context.Request.ContentLength > options.MaxBodyBytes)
        {
            return TooLarge(options.MaxBodyBytes);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = options.MaxBodyBytes; // also bounds a chunked body (Kestrel)
        }

        IReadOnlyList<BindScoringResult> results;
        try
        {
            results = await BindCallbackParser.ParseAsync(context.Request.Body, cancellationToken);
        }
        catch (NumberIntelVendorException ex)
        {
            SignupLog.BindCallbackMalformed(logger, ex.InnerException?.GetType().Name ?? ex.GetType().Name);
            return TypedResults.Problem(
                title: "The body is not a Bind callback.",
                detail: "Expected the number-scoring JSON: an array of results or one result object.",
                statusCode: StatusCodes.Status400BadRequest,
                type: MalformedProblemType);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(options.MaxBodyBytes);
        }

        var fullNumbers = numberIntelOptions.Value.LogFullNumbers;
        SignupLog.BindCallbackReceived(logger, results.Count);
        foreach (var result in results)
        {
            var label = normalizer.Normalize(result).Label;
            SignupLog.BindCallbackResult(logger, fullNumbers ? result.Msisdn ?? string.Empty : NumberIntelTelemetry.RedactNumber(result.Msisdn), result.Response, label);
        }

        return TypedResults.NoContent();
    }

    /// <summary>Compares the path token with the configured one in constant time.</summary>
    private static bool TokenMatches(string candidate, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(candidate ?? string.Empty)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(
            title: "The callback body is too large.",
            detail: $"The limit is {limit} bytes (BindCallback:MaxBodyBytes).",
            statusCode: StatusCodes.Status413PayloadTooLarge);
}
