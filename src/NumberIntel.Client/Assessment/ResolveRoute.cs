using Microsoft.Extensions.Logging;

namespace NumberIntel.Client.Assessment;

/// <summary>
/// How one resolve reaches the vendors and behaves in its context, given by the caller (single call or bulk run) as
/// data, so that the per-number core knows nothing of either.
/// </summary>
/// <param name="Gateway">The vendor calls.</param>
/// <param name="BindDecision">Told as early as known that the number will not ask Bind (a bulk run's batcher may then send sooner); null when nobody waits for that.</param>
/// <param name="CancelSiblingOnFatal">Whether a fatal error of one vendor cancels the other vendor's call of the same assessment (a bulk run cancels the whole run instead).</param>
/// <param name="DegradedLogLevel">The level of the per-number "vendor failed, degraded" log (bulk runs log per batch instead, at warning).</param>
internal readonly record struct ResolveRoute(VendorGateway Gateway, IBindDecision? BindDecision, bool CancelSiblingOnFatal, LogLevel DegradedLogLevel);
