using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NumberIntel.Client.Testing.Wire;

namespace NumberIntel.Client.Testing.Hosting;

/// <content>Request-level faults acted out before (or instead of) the normal answer.</content>
internal sealed partial class EmulatorHandler
{
    /// <summary>Acts out a request-level fault. Returns true when the request should go on to its normal answer.</summary>
    private async Task<bool> ApplyFaultAsync(HttpContext context, EmulatorFaultHandle handle, NumberIntelVendor vendor, Func<byte[]> normalBody)
    {
        var fault = handle.Fault;
        switch (fault.Kind)
        {
            case EmulatorFaultKind.Delay:
            case EmulatorFaultKind.Hold:
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping))
                {
                    try
                    {
                        if (fault.Kind == EmulatorFaultKind.Delay)
                        {
                            await Task.Delay(fault.Delay ?? TimeSpan.Zero, Time, linked.Token).ConfigureAwait(false);
                        }
                        else
                        {
                            await handle.WaitForReleaseAsync(linked.Token).ConfigureAwait(false);
                        }
                    }
                    catch (OperationCanceledException)
                    {
                        // The client went away, or the emulator is stopping: no answer, nothing looked up or billed.
                        context.Abort();
                        return false;
                    }
                }

                return !context.RequestAborted.IsCancellationRequested;

            case EmulatorFaultKind.DropConnection:
                context.Abort();
                return false;

            case EmulatorFaultKind.MalformedJson:
                await WriteAsync(context, StatusCodes.Status200OK, JsonContentType, Malform(normalBody())).ConfigureAwait(false);
                return false;

            case EmulatorFaultKind.TruncatedJson:
                var whole = normalBody();
                await WriteAsync(context, StatusCodes.Status200OK, JsonContentType, whole[..Math.Max(1, whole.Length / 2)]).ConfigureAwait(false);
                return false;

            case EmulatorFaultKind.BadKey when vendor == NumberIntelVendor.Bind:
                await WriteAsync(context, StatusCodes.Status401Unauthorized, PlainContentType, "Unauthorized"u8.ToArray()).ConfigureAwait(false);
                return false;

            case EmulatorFaultKind.BadKey:
                await WriteAsync(context, StatusCodes.Status200OK, JsonContentType, IpqsWire.Error(IpqsWire.InvalidKeyMessage, WireJson.NewRequestId())).ConfigureAwait(false);
                return false;

            case EmulatorFaultKind.IpqsError:
                await WriteAsync(context, StatusCodes.Status200OK, JsonContentType, IpqsWire.Error(fault.Message ?? string.Empty, WireJson.NewRequestId())).ConfigureAwait(false);
                return false;

            case EmulatorFaultKind.Response:
                if (fault.RetryAfter is { } retryAfter)
                {
                    context.Response.Headers.RetryAfter = Math.Ceiling(Math.Max(0, retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await WriteAsync(context, fault.StatusCode, fault.ContentType ?? PlainContentType, Encoding.UTF8.GetBytes(fault.Body ?? string.Empty)).ConfigureAwait(false);
                return false;

            default:
                return true;
        }
    }

    /// <summary>Breaks JSON by dropping its first comma (or, with none, appending a stray brace).</summary>
    private static byte[] Malform(byte[] json)
    {
        var comma = Array.IndexOf(json, (byte)',');
        return comma < 0 ? [.. json, (byte)'{'] : [.. json[..comma], .. json[(comma + 1)..]];
    }
}
