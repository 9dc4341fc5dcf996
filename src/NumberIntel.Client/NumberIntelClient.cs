using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NumberIntel.Client.Assessment;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Caching;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.Ipqs;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Client;

/// <summary>
/// The facade: parses input offline, asks Bind and/or IPQS per <see cref="VendorStrategy"/>, caches what it paid for, and
/// turns the answers into one <see cref="NumberAssessment"/>. Registered by <c>AddNumberIntel</c> as
/// <see cref="INumberIntelClient"/> (a singleton); usable without DI through the constructor. Safe for concurrent use.
/// </summary>
/// <remarks>
/// <para><b>Vendors.</b> A vendor is used only when its client is given and its options have an API key
/// (<see cref="Vendors"/>). <see cref="VendorStrategy.Both"/> and <see cref="VendorStrategy.Cascade"/> use whichever is
/// configured; <see cref="VendorStrategy.BindOnly"/> / <see cref="VendorStrategy.IpqsOnly"/> without that vendor throw
/// <see cref="InvalidOperationException"/>.</para>
/// <para><b>Flow of one assessment.</b> Parse (<see cref="PhoneNumberParser"/>, region from <see cref="AssessOptions.DefaultRegion"/>
/// or <see cref="NumberIntelOptions.DefaultRegion"/>) → input that fails the offline check (not a possible number, or not
/// valid under <see cref="NumberIntelOptions.OfflineValidation"/> = <c>Valid</c>) gets label <c>invalid</c> with the
/// format diagnostics and no paid call → per vendor, the cache → the vendors not answered by the cache (both concurrently for
/// <see cref="VendorStrategy.Both"/>; under <see cref="VendorStrategy.Cascade"/> the second only when the first's label is
/// <c>uncertain</c> or <c>likely</c>, or the first failed) → <see cref="ConfidenceNormalizer"/> over the answers that carry data.</para>
/// <para><b>Failures.</b> A vendor that still fails after the resilience layer's retries — connection failure, timeout,
/// throttling, 5xx or unusable body, open circuit — is left out: the assessment is <see cref="NumberAssessment.Degraded"/>
/// with a <see cref="NumberAssessmentError"/>, and the label comes from what is left (with no vendor answer, the offline
/// line type, at most <c>likely</c>; <c>uncertain</c> when it is unknown). With <see cref="FailureMode.Throw"/> the vendor's exception is thrown instead. Bind items without
/// data are treated the same way: codes 4 (<see cref="NumberAssessmentErrorKind.Throttled"/>) and 7 still present after the
/// client's item retries and omitted items (<see cref="NumberAssessmentErrorKind.NoData"/>) are neither paid nor cached.
/// Code 1 (general error) is a final answer: it is billed and cached — asking again would not change it — but carries
/// no data, so the assessment is degraded with <see cref="NumberAssessmentErrorKind.NoData"/> (vendor code <c>1</c>) and
/// its label comes from the other vendor or the format. <see cref="NumberIntelAuthenticationException"/> and
/// <see cref="NumberIntelAccountException"/> are always thrown (a person must act), also in bulk, where they stop the run.
/// The caller's cancellation is never a vendor failure.</para>
/// <para><b>Cache.</b> With an <see cref="IAssessmentCache"/> and <see cref="NumberIntelCacheOptions.Enabled"/>, each vendor is
/// looked up before it is paid and final answers are stored (<see cref="AssessmentCacheRules"/>). IPQS answers are keyed by
/// the request settings that change them; requests with custom variables or transaction parameters are not cached. A cache
/// that fails is logged and skipped.</para>
/// <para><b>Bulk</b>: see <see cref="AssessManyAsync(IEnumerable{string}, AssessManyOptions?, CancellationToken)"/>.</para>
/// </remarks>
public sealed class NumberIntelClient : INumberIntelClient
{
    private readonly IBindClient? _bind;
    private readonly IIpqsClient? _ipqs;
    private readonly AssessmentCore _core;
    private readonly AssessmentInstrumentation _instrumentation;
    private readonly ResolveRoute _direct;
    private readonly VendorStrategy _strategy;
    private readonly NumberIntelVendor _cascadeFirst;
    private readonly FailureMode _failureMode;
    private readonly string? _defaultRegion;
    private readonly OfflineValidationMode _offlineValidation;
    private readonly int _maxConcurrency;
    private readonly int _bindBatchSize;
    private readonly IpqsPhoneRequest? _ipqsDefaultRequest;
    private AssessmentPlan? _defaultPlan;

    /// <summary>Creates the client.</summary>
    /// <param name="bindClient">Bind's client (it carries its own key, from its <see cref="BindOptions"/>), or null to leave Bind out.</param>
    /// <param name="ipqsClient">IPQS's client (it carries its own key, from its <see cref="IpqsOptions"/>), or null to leave IPQS out.</param>
    /// <param name="normalizer">Turns answers into confidence.</param>
    /// <param name="options">Strategy, failure mode, default region, concurrency, batch size, cache switch, logging of numbers (read once, here).</param>
    /// <param name="cache">Where vendor answers are cached, or null; ignored when <see cref="NumberIntelCacheOptions.Enabled"/> is false.</param>
    /// <param name="logger">Logs (numbers redacted unless <see cref="NumberIntelOptions.LogFullNumbers"/>; never keys), or null.</param>
    /// <param name="timeProvider">The clock for durations and progress; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentException">
    /// No vendor is usable, or a setting is out of range: the same rules and bounds as <c>AddNumberIntel</c>'s start-up
    /// validation (e.g. <see cref="NumberIntelOptions.MaxConcurrency"/> 1 to 256, <see cref="BindOptions.MaxBatchSize"/>
    /// 1 to 100, rejected rather than clamped); the message names the setting.
    /// </exception>
    public NumberIntelClient(
        IBindClient? bindClient,
        IIpqsClient? ipqsClient,
        ConfidenceNormalizer normalizer,
        NumberIntelOptions options,
        IAssessmentCache? cache = null,
        ILogger<NumberIntelClient>? logger = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        ArgumentNullException.ThrowIfNull(options);
        // A client passed here carries its own key; the keys in options.Bind/options.Ipqs are DI's business (AddNumberIntel
        // passes null for a vendor without a key), so they are not asked for twice.
        _bind = bindClient;
        _ipqs = ipqsClient;
        if (_bind is null && _ipqs is null)
        {
            throw new ArgumentException("No vendor is usable: give a Bind client, an IPQS client, or both.", nameof(bindClient));
        }

        // The same rules and bounds as AddNumberIntel's start-up validation; an invalid value is rejected, never clamped.
        var errors = new List<string>();
        NumberIntelOptionsRules.CollectFacadeErrors(options, nameof(NumberIntelOptions), ".", errors);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        _strategy = options.Vendors;
        _cascadeFirst = options.CascadeFirst == NumberIntelVendor.Ipqs ? NumberIntelVendor.Ipqs : NumberIntelVendor.Bind;
        _failureMode = options.FailureMode;
        _defaultRegion = string.IsNullOrWhiteSpace(options.DefaultRegion) ? null : options.DefaultRegion.Trim();
        _offlineValidation = options.OfflineValidation;
        if (normalizer.OfflineValidation != _offlineValidation)
        {
            // One rule in one place: the gate before the paid call and the normalizer's format step must agree.
            throw new ArgumentException(
                $"NumberIntelOptions.OfflineValidation is {_offlineValidation} but the normalizer was built with {normalizer.OfflineValidation}: " +
                "build it with new ConfidenceNormalizer(policy, options.OfflineValidation).",
                nameof(options));
        }

        _maxConcurrency = options.MaxConcurrency;
        _bindBatchSize = options.Bind?.MaxBatchSize ?? BindOptions.DefaultMaxBatchSize;
        _ipqsDefaultRequest = options.Ipqs?.DefaultRequest;
        Vendors = VendorOutcome.Vendors(_bind is not null, _ipqs is not null);

        var useCache = cache is not null && options.Cache?.Enabled != false;
        _instrumentation = new AssessmentInstrumentation(
            (ILogger?)logger ?? NullLogger<NumberIntelClient>.Instance,
            timeProvider ?? TimeProvider.System,
            options.LogFullNumbers);
        var answers = useCache ? new VendorAnswerCache(cache!, _instrumentation) : null;
        _core = new AssessmentCore(normalizer, new VendorLookups(answers, _instrumentation));

        // One assessment: a fatal error of one vendor cancels the other's call; each degradation is logged at warning.
        _direct = new ResolveRoute(new DirectGateway(_instrumentation, _bind, _ipqs), null, CancelSiblingOnFatal: true, DegradedLogLevel: LogLevel.Warning);
    }

    /// <summary>The vendors this client can ask (client given and API key set).</summary>
    public IReadOnlyList<NumberIntelVendor> Vendors { get; }

    /// <inheritdoc />
    public Task<NumberAssessment> AssessAsync(string input, CancellationToken cancellationToken = default) =>
        AssessAsync(input, null, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The strategy names a vendor that is not configured.</exception>
    /// <exception cref="NumberIntelAuthenticationException">A vendor rejected its key.</exception>
    /// <exception cref="NumberIntelAccountException">A vendor account cannot pay.</exception>
    /// <exception cref="NumberIntelException">A vendor failed and <see cref="FailureMode.Throw"/> is in effect.</exception>
    public Task<NumberAssessment> AssessAsync(string input, AssessOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = options is null ? _defaultPlan ??= CreatePlan(null) : CreatePlan(options); // the default plan never changes
        return AssessCoreAsync(input, plan, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// <para><b>Pipeline.</b> A reader task enumerates <paramref name="inputs"/>, numbers each input (<see cref="NumberAssessment.Index"/>)
    /// and parses it offline; inputs that fail the offline check (<see cref="NumberIntelOptions.OfflineValidation"/>) are
    /// answered at once (label <c>invalid</c>, never sent). The others are de-duplicated by MSISDN: each distinct number is looked up once per vendor (cache first), and
    /// later inputs with the same MSISDN reuse its answers (<see cref="NumberAssessment.DuplicateOf"/>; each keeps its own
    /// <see cref="NumberAssessment.Input"/> and <see cref="NumberAssessment.Index"/>). Bind lookups are grouped into batches
    /// of up to <see cref="BindOptions.MaxBatchSize"/>, sent when full — or as soon as nothing more can join (the input stalls,
    /// the window is full, the input ended) — and after a short linger at the latest; IPQS gets one request per number.
    /// Each vendor has at most <see cref="AssessManyOptions.MaxConcurrency"/> requests in flight.</para>
    /// <para><b>Output.</b> Exactly one assessment per input, in input order (<see cref="AssessManyOptions.Ordered"/>), or as
    /// they complete. Nothing is dropped: blank and garbage lines come back <c>invalid</c>, failed vendors come back degraded.</para>
    /// <para><b>Memory.</b> The input is never held: at most a window of about <c>2 × MaxConcurrency × (MaxBatchSize + 16)</c>
    /// inputs (at least 256) is in flight, which also bounds the reorder buffer of ordered output. Answers of the last
    /// <see cref="AssessManyOptions.DuplicateWindow"/> distinct numbers are kept for repeats (beyond that the cache answers
    /// repeats; without a cache a far repeat is looked up again). The one structure that grows with the input is the set of
    /// MSISDNs seen, kept as 64-bit integers: about 20–40 bytes per distinct number (10 million distinct numbers ≈ 200–400 MB).</para>
    /// <para><b>Cancellation.</b> Cancelling the token (or breaking out of <c>await foreach</c>) stops reading, cancels
    /// vendor calls in flight and waits for the run's tasks to finish before the enumeration ends: no request is sent after it.</para>
    /// <para><b>Errors.</b> Authentication and account errors (and any vendor failure under <see cref="FailureMode.Throw"/>)
    /// stop the run: the enumeration throws that exception. An exception from the input enumeration does too.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bulk setting is out of range.</exception>
    /// <exception cref="InvalidOperationException">The strategy names a vendor that is not configured.</exception>
    public IAsyncEnumerable<NumberAssessment> AssessManyAsync(IEnumerable<string> inputs, AssessManyOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var settings = CreateRunSettings(options, CountOf(inputs));
        return RunAsync(inputs, null, settings, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>See <see cref="AssessManyAsync(IEnumerable{string}, AssessManyOptions?, CancellationToken)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bulk setting is out of range.</exception>
    /// <exception cref="InvalidOperationException">The strategy names a vendor that is not configured.</exception>
    public IAsyncEnumerable<NumberAssessment> AssessManyAsync(IAsyncEnumerable<string> inputs, AssessManyOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var settings = CreateRunSettings(options, null);
        return RunAsync(null, inputs, settings, cancellationToken);
    }

    private static long? CountOf(IEnumerable<string> inputs) => inputs switch
    {
        ICollection<string> collection => collection.Count,
        IReadOnlyCollection<string> collection => collection.Count,
        _ => null,
    };

    private async Task<NumberAssessment> AssessCoreAsync(string input, AssessmentPlan plan, CancellationToken cancellationToken)
    {
        var started = _instrumentation.TimeProvider.GetTimestamp();
        var number = PhoneNumberParser.Parse(input, plan.Region);
        using var activity = AssessmentInstrumentation.StartAssessActivity(default, plan.Strategy);
        VendorOutcome? outcome = null;
        if (number.PassesOfflineValidation(plan.OfflineValidation))
        {
            try
            {
                outcome = await _core.ResolveAsync(number, plan, _direct, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
                throw;
            }
        }

        var assessment = _core.Build(input, 0, number, outcome, null);
        _instrumentation.EndAssessment(activity, number.Msisdn, assessment.Label, outcome, started);
        AssessmentInstrumentation.Returned(assessment);
        _instrumentation.LogAssessed(assessment);
        return assessment;
    }

    private async IAsyncEnumerable<NumberAssessment> RunAsync(
        IEnumerable<string>? inputs,
        IAsyncEnumerable<string>? asyncInputs,
        AssessManyRun.Settings settings,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var run = new AssessManyRun(_core, _instrumentation, settings, _bind, _ipqs, inputs, asyncInputs, cancellationToken);
        try
        {
            run.Start();
            while (await run.NextAsync().ConfigureAwait(false) is { } assessment)
            {
                yield return assessment;
            }
        }
        finally
        {
            await run.DisposeAsync().ConfigureAwait(false);
        }
    }

    private AssessManyRun.Settings CreateRunSettings(AssessManyOptions? options, long? count)
    {
        var plan = CreatePlan(options);
        var concurrency = options?.MaxConcurrency ?? _maxConcurrency;
        if (NumberIntelOptionsRules.CheckConcurrency(concurrency, "AssessManyOptions.MaxConcurrency") is { } concurrencyError)
        {
            throw new ArgumentOutOfRangeException(nameof(options), concurrency, concurrencyError);
        }

        var duplicateWindow = options?.DuplicateWindow ?? AssessManyOptions.DefaultDuplicateWindow;
        ArgumentOutOfRangeException.ThrowIfNegative(duplicateWindow, "options.DuplicateWindow");
        var interval = options?.ProgressInterval ?? AssessManyOptions.DefaultProgressInterval;
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.Zero, "options.ProgressInterval");
        if (options?.TotalCount is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "AssessManyOptions.TotalCount must not be negative.");
        }

        return new AssessManyRun.Settings
        {
            Plan = plan,
            Ordered = options?.Ordered ?? true,
            MaxConcurrency = concurrency,
            BindBatchSize = _bindBatchSize,
            DuplicateWindow = duplicateWindow,
            Progress = options?.Progress,
            ProgressInterval = interval,
            Total = options?.TotalCount ?? count,
        };
    }

    private AssessmentPlan CreatePlan(AssessOptions? options)
    {
        var strategy = options?.Vendors ?? _strategy;
        var failureMode = options?.FailureMode ?? _failureMode;
        if (!Enum.IsDefined(strategy))
        {
            throw new ArgumentOutOfRangeException(nameof(options), strategy, "Not a VendorStrategy.");
        }

        if (!Enum.IsDefined(failureMode))
        {
            throw new ArgumentOutOfRangeException(nameof(options), failureMode, "Not a FailureMode.");
        }

        var hasBind = _bind is not null;
        var hasIpqs = _ipqs is not null;
        PlanShape shape;
        switch (strategy)
        {
            case VendorStrategy.BindOnly:
                shape = hasBind ? PlanShape.Bind : throw new InvalidOperationException(
                    "VendorStrategy.BindOnly needs Bind: set NumberIntel:Bind:ApiKey (and register or pass a Bind client).");
                break;
            case VendorStrategy.IpqsOnly:
                shape = hasIpqs ? PlanShape.Ipqs : throw new InvalidOperationException(
                    "VendorStrategy.IpqsOnly needs IPQS: set NumberIntel:Ipqs:ApiKey (and register or pass an IPQS client).");
                break;
            default:
                shape = (hasBind, hasIpqs) switch
                {
                    (true, true) => strategy == VendorStrategy.Cascade ? PlanShape.Cascade : PlanShape.Both,
                    (true, false) => PlanShape.Bind,
                    _ => PlanShape.Ipqs,
                };
                break;
        }

        var region = string.IsNullOrWhiteSpace(options?.DefaultRegion) ? _defaultRegion : options.DefaultRegion.Trim();
        var variant = AssessmentCacheRules.IpqsVariant(options?.IpqsRequest ?? _ipqsDefaultRequest, out var cacheable);
        return new AssessmentPlan
        {
            OfflineValidation = _offlineValidation,
            Shape = shape,
            Strategy = strategy,
            CascadeFirst = _cascadeFirst,
            FailureMode = failureMode,
            Region = region,
            IpqsRequest = options?.IpqsRequest,
            IpqsVariant = variant,
            CacheIpqs = cacheable,
        };
    }
}
