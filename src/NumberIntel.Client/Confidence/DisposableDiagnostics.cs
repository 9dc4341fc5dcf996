namespace NumberIntel.Client.Confidence;

/// <summary>Why a number is, or is not, disposable (the <c>disposable</c> object of the vendor documentation's diagnostics).</summary>
public sealed record DisposableDiagnostics
{
    /// <summary>The diagnostics of a number nothing marked disposable.</summary>
    internal static DisposableDiagnostics NotDisposable { get; } = new();

    /// <summary>Whether the number is disposable.</summary>
    public bool IsDisposable { get; init; }

    /// <summary>What marked it disposable (the first step that did), or <see langword="null"/>.</summary>
    public string? Reason { get; init; }

    /// <summary>The policy prefix the E.164 number starts with (digits only), or <see langword="null"/>.</summary>
    public string? MatchedPrefix { get; init; }
}
