using System.Runtime.ExceptionServices;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client.Assessment;

/// <summary>
/// The per-number logic shared by single and bulk assessments: which vendors to ask per the plan (both, one, or a
/// cascade), and the verdict composed from their parts. Vendor look-ups are <see cref="VendorLookups"/>; how the vendors
/// are reached and how failures are logged is the caller's <see cref="ResolveRoute"/>. Stateless per call and thread-safe.
/// </summary>
internal sealed class AssessmentCore(ConfidenceNormalizer normalizer, VendorLookups lookups)
{
    /// <summary>Asks the vendors (or the cache) about a possible number, per <paramref name="plan"/>.</summary>
    /// <exception cref="NumberIntelAuthenticationException">A key was rejected (always thrown).</exception>
    /// <exception cref="NumberIntelAccountException">An account cannot pay (always thrown).</exception>
    /// <exception cref="NumberIntelException">A vendor failed and <see cref="FailureMode.Throw"/> is in effect.</exception>
    public async Task<VendorOutcome> ResolveAsync(PhoneNumberParseResult number, AssessmentPlan plan, ResolveRoute route, CancellationToken cancellationToken)
    {
        var msisdn = number.Msisdn!;
        VendorPart<BindScoringResult> bind = default;
        VendorPart<IpqsPhoneResult> ipqs = default;
        switch (plan.Shape)
        {
            case PlanShape.Bind:
                bind = await lookups.BindPartAsync(msisdn, plan, route, cancellationToken).ConfigureAwait(false);
                break;
            case PlanShape.Ipqs:
                route.BindDecision?.BindNotNeeded();
                ipqs = await lookups.IpqsPartAsync(number, plan, route, cancellationToken).ConfigureAwait(false);
                break;
            case PlanShape.Both:
                (bind, ipqs) = await BothAsync(number, plan, route, cancellationToken).ConfigureAwait(false);
                break;
            default:
                if (plan.CascadeFirst == NumberIntelVendor.Bind)
                {
                    bind = await lookups.BindPartAsync(msisdn, plan, route, cancellationToken).ConfigureAwait(false);
                    if (NeedsSecond(number, bind.Usable ? normalizer.Normalize(number, bind.Answer!) : null, bind.Error))
                    {
                        ipqs = await lookups.IpqsPartAsync(number, plan, route, cancellationToken).ConfigureAwait(false);
                    }
                }
                else
                {
                    ipqs = await lookups.IpqsPartAsync(number, plan, route, cancellationToken).ConfigureAwait(false);
                    if (NeedsSecond(number, ipqs.Usable ? normalizer.Normalize(number, ipqs.Answer!) : null, ipqs.Error))
                    {
                        bind = await lookups.BindPartAsync(msisdn, plan, route, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        route.BindDecision?.BindNotNeeded();
                    }
                }

                break;
        }

        return Compose(number, bind, ipqs);
    }

    /// <summary>The assessment of one input from its parse and (for possible numbers) the vendors' outcome.</summary>
    public NumberAssessment Build(string input, long index, PhoneNumberParseResult number, VendorOutcome? outcome, long? duplicateOf)
    {
        if (outcome is null)
        {
            return new NumberAssessment
            {
                Input = input,
                Index = index,
                Number = number,
                Msisdn = number.Msisdn,
                Confidence = normalizer.Normalize(number),
            };
        }

        var duplicate = duplicateOf is not null;
        return new NumberAssessment
        {
            Input = input,
            Index = index,
            Number = number,
            Msisdn = number.Msisdn,
            Confidence = outcome.Confidence,
            Bind = outcome.Bind,
            Ipqs = outcome.Ipqs,
            Degraded = outcome.Errors.Count > 0,
            Errors = outcome.Errors,
            CacheHits = duplicate ? VendorOutcome.None : outcome.CacheHits,
            PaidLookups = duplicate ? VendorOutcome.None : outcome.Paid,
            DuplicateOf = duplicateOf,
        };
    }

    /// <summary>
    /// Awaits both parts, each in turn (no <c>WhenAll</c> promise; nothing allocated when both are done already) and
    /// returns the failure to throw: the first that is not a mere cancellation (Bind's before IPQS's), else a
    /// cancellation, or null when both succeeded.
    /// </summary>
    private static async ValueTask<Exception?> BothEndedAsync(Task bind, Task ipqs)
    {
        Exception? failure = null;
        try
        {
            await bind.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            failure = e;
        }

        try
        {
            await ipqs.ConfigureAwait(false);
        }
        catch (Exception e) when (failure is null or OperationCanceledException)
        {
            failure = failure is null || e is not OperationCanceledException ? e : failure;
        }
        catch (Exception)
        {
            // Bind's failure stands.
        }

        return failure;
    }

    /// <summary>The cascade rule: ask the second vendor when the first failed or its label is uncertain or likely.</summary>
    private bool NeedsSecond(PhoneNumberParseResult number, ConfidenceResult? first, NumberAssessmentError? error)
    {
        if (error is not null)
        {
            return true;
        }

        var label = (first ?? normalizer.Normalize(number)).Label;
        return label is ConfidenceLabel.Uncertain or ConfidenceLabel.Likely;
    }

    private async Task<(VendorPart<BindScoringResult>, VendorPart<IpqsPhoneResult>)> BothAsync(
        PhoneNumberParseResult number, AssessmentPlan plan, ResolveRoute route, CancellationToken cancellationToken)
    {
        if (!route.CancelSiblingOnFatal)
        {
            var bindTask = lookups.BindPartAsync(number.Msisdn!, plan, route, cancellationToken);
            var ipqsTask = lookups.IpqsPartAsync(number, plan, route, cancellationToken);
            if (await BothEndedAsync(bindTask, ipqsTask).ConfigureAwait(false) is { } cause)
            {
                ExceptionDispatchInfo.Throw(cause);
            }

            return (bindTask.Result, ipqsTask.Result);
        }

        // One assessment: a fatal error of one vendor (bad key, no credit) cancels the other's call. The error that
        // cancelled the sibling is the one thrown: whatever the sibling then throws (its cancellation, surfaced by the
        // transport in whatever form) is collateral.
        using var siblings = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var bind = lookups.BindPartAsync(number.Msisdn!, plan, route, siblings.Token);
        var ipqs = lookups.IpqsPartAsync(number, plan, route, siblings.Token);

        // The part that ends first decides: if it failed, its failure cancels the other (awaited here, outside both
        // parts, so no part waits for a cancellation that runs its own continuation). One WhenAny instead of a
        // wrapper state machine per part keeps this hot path lean.
        Exception? firstFailure = null;
        Task first = bind.IsCompleted ? bind : ipqs.IsCompleted ? ipqs : await Task.WhenAny(bind, ipqs).ConfigureAwait(false);
        if (!first.IsCompletedSuccessfully)
        {
            try
            {
                await first.ConfigureAwait(false); // completed: rethrows its own exception (or cancellation) at once
            }
            catch (Exception e)
            {
                firstFailure = e;
            }

            if (!siblings.IsCancellationRequested)
            {
                await siblings.CancelAsync().ConfigureAwait(false);
            }
        }

        if (await BothEndedAsync(bind, ipqs).ConfigureAwait(false) is { } failure)
        {
            // The failure that cancelled the sibling is the one thrown: the sibling's cancellation is collateral.
            if (firstFailure is not null && !cancellationToken.IsCancellationRequested)
            {
                ExceptionDispatchInfo.Throw(firstFailure);
            }

            ExceptionDispatchInfo.Throw(failure);
        }

        return (bind.Result, ipqs.Result);
    }

    private VendorOutcome Compose(PhoneNumberParseResult number, VendorPart<BindScoringResult> bind, VendorPart<IpqsPhoneResult> ipqs)
    {
        // A vendor that failed or had no data is left out: the label comes from what is left (none left: the offline line type, at most likely).
        var confidence = normalizer.Normalize(number, bind.Usable ? bind.Answer : null, ipqs.Usable ? ipqs.Answer : null);
        IReadOnlyList<NumberAssessmentError> errors = (bind.Error, ipqs.Error) switch
        {
            (null, null) => [],
            ({ } b, null) => [b],
            (null, { } i) => [i],
            ({ } b, { } i) => [b, i],
        };
        return new VendorOutcome
        {
            Confidence = confidence,
            Bind = bind.Answer,
            Ipqs = ipqs.Answer,
            Errors = errors,
            CacheHits = VendorOutcome.Vendors(bind.FromCache, ipqs.FromCache),
            Paid = VendorOutcome.Vendors(bind.Paid, ipqs.Paid),
        };
    }
}
