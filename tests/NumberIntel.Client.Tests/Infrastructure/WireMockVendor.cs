using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Ipqs;
using WireMock;
using WireMock.Server;

namespace NumberIntel.Client.Tests.Infrastructure;

/// <summary>A WireMock.Net server on loopback standing in for a vendor, with client factories for both construction paths.</summary>
internal sealed class WireMockVendor : IDisposable
{
    public const string BindKey = "bind_key_7Hq2Xv9LmP4kZr8W";
    public const string IpqsKey = "ipqs_key_Qw3Er5Ty7Ui9Op1A";

    public WireMockServer Server { get; } = WireMockServer.Start();

    /// <summary>The server's root, e.g. <c>http://localhost:54321/</c>.</summary>
    public Uri BaseAddress => new(Server.Url!.TrimEnd('/') + "/");

    /// <summary>An IPQS-like base with a path: <c>…/api/</c>.</summary>
    public Uri IpqsBaseAddress => new(BaseAddress, "api/");

    /// <summary>Every request the server received, in order.</summary>
    public IReadOnlyList<IRequestMessage> Requests => [.. Server.LogEntries.Select(e => e.RequestMessage!)];

    /// <summary>Completes once <paramref name="count"/> requests are logged (WireMock logs a request when its answer is done).</summary>
    public async Task WaitForRequestsAsync(int count, TimeSpan timeout)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(object? sender, System.Collections.Specialized.NotifyCollectionChangedEventArgs e)
        {
            if (Server.LogEntries.Count() >= count)
            {
                reached.TrySetResult();
            }
        }

        Server.LogEntriesChanged += Check;
        try
        {
            Check(null, null!);
            await reached.Task.WaitAsync(timeout);
        }
        finally
        {
            Server.LogEntriesChanged -= Check;
        }
    }

    /// <summary>A loopback port nothing listens on.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A Bind client built by hand over a plain <see cref="HttpClient"/>.</summary>
    public static BindClient DirectBind(Uri baseAddress, TimeSpan timeout, out HttpClient http, string key = BindKey)
    {
        http = new HttpClient { Timeout = timeout };
        return new BindClient(http, new BindOptions { ApiKey = key, BaseAddress = baseAddress, Resilience = { MaxItemAttempts = 1 } });
    }

    /// <summary>The DI services with both vendors pointed at <paramref name="bindBase"/>/<paramref name="ipqsBase"/>; retries, jitter and the circuit breaker off unless <paramref name="configure"/> says otherwise.</summary>
    public static ServiceProvider Services(Uri bindBase, Uri ipqsBase, TimeSpan attemptTimeout, Action<NumberIntelOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddNumberIntel(o =>
        {
            foreach (var vendor in new NumberIntelVendorOptions[] { o.Bind, o.Ipqs })
            {
                vendor.Resilience.MaxRetryAttempts = 0;
                vendor.Resilience.UseJitter = false;
                vendor.Resilience.AttemptTimeout = attemptTimeout;
                vendor.Resilience.CircuitBreakerEnabled = false;
                vendor.Resilience.MaxItemAttempts = 1;
            }

            o.Bind.ApiKey = BindKey;
            o.Bind.BaseAddress = bindBase;
            o.Ipqs.ApiKey = IpqsKey;
            o.Ipqs.BaseAddress = ipqsBase;
            configure?.Invoke(o);
        });
        return services.BuildServiceProvider();
    }

    public void Dispose() => Server.Stop();
}
