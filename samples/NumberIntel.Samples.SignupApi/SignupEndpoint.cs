using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NumberIntel.Client;
using NumberIntel.Client.Confidence;

namespace NumberIntel.Samples.SignupApi;

/// <summary>
/// <c>POST /signup</c>: the "standard signup" recipe (<see cref="ConfidenceRecipes.StandardSignup"/>) — accept, flag
/// for review (<c>low</c> or disposable), or reject (<c>invalid</c>). Accepted and review answers are 200 with the
/// decision; a rejection is an RFC 7807 problem: 400 when the input is not a phone number at all, 422 when it is one
/// but the vendors say it is invalid. A <b>degraded</b> assessment (a vendor failed) that would be accepted goes to review
/// unless <see cref="SignupOptions.OnDegraded"/> says <see cref="DegradedSignupPolicy.Accept"/> (fail open, chosen knowingly).
/// </summary>
public static class SignupEndpoint
{
    /// <summary>The problem <c>type</c> of a rejected number.</summary>
    public const string RejectedProblemType = "https://numberintel.dev/problems/phone-rejected";

    /// <summary>Handles one signup.</summary>
    /// <param name="request">The body.</param>
    /// <param name="client">The NumberIntel facade.</param>
    /// <param name="loggerFactory">For the failure log line.</param>
    /// <param name="options">The gate's settings (what a degraded assessment gets).</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>200 with the decision, or a problem.</returns>
    public static async Task<Results<Ok<SignupResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        SignupRequest? request,
        [FromServices] INumberIntelClient client,
        [FromServices] ILoggerFactory loggerFactory,
        [FromServices] IOptions<SignupOptions> options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        if (string.IsNullOrWhiteSpace(request?.Phone))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["phone"] = ["A phone number is required."] },
                title: "The signup request is incomplete.");
        }

        NumberAssessment assessment;
        try
        {
            assessment = await client.AssessAsync(request.Phone, cancellationToken);
        }
        catch (NumberIntelException ex)
        {
            // Authentication, account or (with FailureMode=Throw) vendor failures: the gate cannot decide right now.
            SignupLog.VerificationFailed(loggerFactory.CreateLogger(typeof(SignupEndpoint).FullName!), ex.GetType().Name);
            return TypedResults.Problem(
                title: "Phone verification is unavailable.",
                detail: "The phone number could not be checked right now; try again later.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var confidence = assessment.Confidence ?? new ConfidenceResult { Label = ConfidenceLabel.Invalid };
        var decision = ConfidenceRecipes.StandardSignup(confidence);
        if (assessment.Degraded && decision == SignupDecision.Accept && options.Value.OnDegraded == DegradedSignupPolicy.Review)
        {
            decision = SignupDecision.Review; // built from less than both vendors: a person looks (Signup:OnDegraded=Accept fails open instead)
        }

        if (decision == SignupDecision.Reject)
        {
            var notANumber = assessment.Msisdn is null;
            return TypedResults.Problem(
                title: notANumber ? "This is not a phone number." : "This phone number cannot be used.",
                detail: notANumber
                    ? "Enter the number with its country code, e.g. +385 91 234 5678."
                    : "The number does not exist or cannot be reached. Use another number.",
                statusCode: notANumber ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity,
                type: RejectedProblemType,
                extensions: new Dictionary<string, object?>
                {
                    ["decision"] = "reject",
                    ["confidence"] = "invalid",
                });
        }

        return TypedResults.Ok(new SignupResponse
        {
            Decision = decision,
            Confidence = confidence.Label,
            Score = confidence.Score,
            E164 = assessment.Msisdn is null ? null : "+" + assessment.Msisdn,
            IsDisposable = confidence.IsDisposable,
            Country = confidence.CountryCode,
            Degraded = assessment.Degraded,
        });
    }
}
