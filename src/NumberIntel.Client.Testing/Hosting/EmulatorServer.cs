using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace NumberIntel.Client.Testing.Hosting;

/// <summary>
/// The emulator's HTTP server: Kestrel on a loopback socket, with no generic host around it. Without a host, building
/// the emulator raises none of the <c>Microsoft.Extensions.Hosting</c> diagnostic events by which
/// <c>WebApplicationFactory</c> finds the application under test, and without ASP.NET Core's hosting layer it starts
/// no request activities that would mix into the application's traces.
/// </summary>
/// <remarks>
/// The socket is bound and listening as soon as the server is created (<see cref="Bind"/>, synchronous), so its address
/// is known before <see cref="StartAsync"/>; connections made before the start wait in the socket's backlog.
/// </remarks>
internal sealed class EmulatorServer : IAsyncDisposable
{
    private const int Backlog = 512;
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(5);

    private readonly Socket _listenSocket;
    private readonly ServiceProvider _services;
    private readonly KestrelServer _server;
    private readonly RequestDelegate _pipeline;
    private int _started;

    private EmulatorServer(Socket listenSocket, ServiceProvider services, KestrelServer server, RequestDelegate pipeline)
    {
        _listenSocket = listenSocket;
        _services = services;
        _server = server;
        _pipeline = pipeline;
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)listenSocket.LocalEndPoint!).Port}/");
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Binds a listening socket on <c>127.0.0.1</c> (an ephemeral port) and prepares Kestrel over it.</summary>
    /// <param name="handler">Answers every request (behind Brotli/gzip response compression).</param>
    /// <returns>A bound server; <see cref="StartAsync"/> makes it answer.</returns>
    public static EmulatorServer Bind(RequestDelegate handler)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        ServiceProvider? services = null;
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            socket.Listen(Backlog);
            var port = ((IPEndPoint)socket.LocalEndPoint!).Port;

            var collection = new ServiceCollection();
            collection.AddLogging(); // no providers: the emulator logs nothing into the host application
            collection.AddResponseCompression(o =>
            {
                o.Providers.Add<BrotliCompressionProvider>();
                o.Providers.Add<GzipCompressionProvider>();
            });
            collection.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
            collection.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
            services = collection.BuildServiceProvider();

            var app = new ApplicationBuilder(services);
            app.UseResponseCompression();
            app.Run(handler);
            var pipeline = app.Build();

            var kestrel = new KestrelServerOptions { ApplicationServices = services, AddServerHeader = false };
            kestrel.Listen(IPAddress.Loopback, port);
            var transport = new SocketTransportFactory(
                Options.Create(new SocketTransportOptions { CreateBoundListenSocket = _ => socket }),
                NullLoggerFactory.Instance);
            var server = new KestrelServer(Options.Create(kestrel), transport, NullLoggerFactory.Instance);
            return new EmulatorServer(socket, services, server, pipeline);
        }
        catch
        {
            services?.Dispose();
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Starts answering on the bound socket.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when Kestrel accepts connections.</returns>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            return Task.CompletedTask;
        }

        return _server.StartAsync(new Application(_pipeline, _services), cancellationToken);
    }

    /// <summary>Stops Kestrel (open requests get <see cref="ShutdownTimeout"/>), closes the socket.</summary>
    /// <returns>A task that completes when the server is stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Volatile.Read(ref _started) != 0)
        {
            using var timeout = new CancellationTokenSource(ShutdownTimeout);
            await _server.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        _server.Dispose();
        _listenSocket.Dispose();
        await _services.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The smallest <see cref="IHttpApplication{TContext}"/>: a context per request, the pipeline, nothing else.</summary>
    private sealed class Application(RequestDelegate pipeline, IServiceProvider services) : IHttpApplication<HttpContext>
    {
        public HttpContext CreateContext(IFeatureCollection contextFeatures) => new DefaultHttpContext(contextFeatures) { RequestServices = services };

        public Task ProcessRequestAsync(HttpContext context) => pipeline(context);

        public void DisposeContext(HttpContext context, Exception? exception)
        {
        }
    }
}
