using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Garnet;

namespace NumberIntel.Client.Redis.Tests.Infrastructure;

/// <summary>
/// A real Redis-protocol server for the tests: Microsoft Garnet, in this process, on a free loopback port, Lua on, memory
/// only. <see cref="StopAsync"/> takes it away (Redis down); <see cref="StartAsync"/> brings one up.
/// </summary>
internal sealed class GarnetRedis : IAsyncDisposable
{
    private GarnetServer? _server;

    private GarnetRedis(int port) => Port = port;

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string of the server.</summary>
    public string Configuration => "127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    public static GarnetRedis Start()
    {
        var redis = new GarnetRedis(FreePort());
        redis.StartServer();
        return redis;
    }

    /// <summary>Stops the server (connections drop, the port closes).</summary>
    public void Stop()
    {
        _server?.Dispose();
        _server = null;
    }

    /// <summary>Starts a new, empty server on the same port (Redis is back).</summary>
    public void Restart()
    {
        Stop();
        StartServer();
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void StartServer()
    {
        _server = new GarnetServer(
        [
            "--bind", "127.0.0.1",
            "--port", Port.ToString(CultureInfo.InvariantCulture),
            "--lua", "true",
            "--lua-transaction-mode", "true", // scripts run atomically, as on Redis (the token bucket needs it)
            "--index", "1m",
            "--memory", "64m",
            "--page", "1m",
        ]);
        _server.Start();
    }
}
