using System.Runtime.CompilerServices;
using NumberIntel.Client;
using NumberIntel.Client.Confidence;
using NumberIntel.Client.PhoneNumbers;
using NumberIntel.Client.Testing;

namespace NumberIntel.Cli.Tests.Infrastructure;

/// <summary>
/// A stand-in <see cref="INumberIntelClient"/>: offline parse, then the magic number's expected label (verified for any
/// other possible number). Lets a test stop the stream at an exact point (<see cref="PauseAfter"/>) or fail it.
/// </summary>
public sealed class FakeNumberIntelClient : INumberIntelClient
{
    private readonly TaskCompletionSource _paused = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>After this many assessments, the stream waits until it is cancelled.</summary>
    public int? PauseAfter { get; init; }

    /// <summary>Thrown by every call, when set.</summary>
    public Exception? Failure { get; init; }

    /// <summary>Completes when the stream has reached <see cref="PauseAfter"/>.</summary>
    public Task Paused => _paused.Task;

    public static NumberAssessment Assess(string input, long index, string? region = null)
    {
        var parse = PhoneNumberParser.Parse(input, region);
        if (!parse.IsPossible)
        {
            return new NumberAssessment { Input = input, Index = index, Number = parse, Confidence = new ConfidenceResult { Label = ConfidenceLabel.Invalid } };
        }

        var isMagic = MagicNumbers.TryFind(parse.E164, out var magic);
        var label = isMagic ? magic!.ExpectedLabel : ConfidenceLabel.Verified;
        return new NumberAssessment
        {
            Input = input,
            Index = index,
            Msisdn = parse.Msisdn,
            Number = parse,
            Confidence = new ConfidenceResult
            {
                Label = label,
                IsDisposable = isMagic && magic!.ExpectedDisposable,
                LineType = LineType.Mobile,
                Carrier = "Fake, \"Telecom\"",
                CountryCode = parse.RegionCode,
            },
            PaidLookups = [NumberIntelVendor.Bind, NumberIntelVendor.Ipqs],
        };
    }

    public Task<NumberAssessment> AssessAsync(string input, CancellationToken cancellationToken = default) =>
        AssessAsync(input, null, cancellationToken);

    public Task<NumberAssessment> AssessAsync(string input, AssessOptions? options, CancellationToken cancellationToken = default)
    {
        if (Failure is not null)
        {
            throw Failure;
        }

        return Task.FromResult(Assess(input, 0, options?.DefaultRegion));
    }

    public IAsyncEnumerable<NumberAssessment> AssessManyAsync(IEnumerable<string> inputs, AssessManyOptions? options = null, CancellationToken cancellationToken = default) =>
        AssessManyAsync(ToAsync(inputs), options, cancellationToken);

    public async IAsyncEnumerable<NumberAssessment> AssessManyAsync(IAsyncEnumerable<string> inputs, AssessManyOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Failure is not null)
        {
            throw Failure;
        }

        long index = 0;
        await foreach (var input in inputs.WithCancellation(cancellationToken))
        {
            if (PauseAfter == index)
            {
                _paused.TrySetResult();
                await new TaskCompletionSource().Task.WaitAsync(cancellationToken); // never completes: waits for the cancellation
            }

            yield return Assess(input, index++, options?.DefaultRegion);
        }
    }

    private static async IAsyncEnumerable<string> ToAsync(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            yield return input;
        }

        await Task.CompletedTask;
    }
}
