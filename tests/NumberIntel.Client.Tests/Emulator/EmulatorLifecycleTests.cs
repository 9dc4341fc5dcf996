using System.Net.Sockets;
using NumberIntel.Client.Testing;

namespace NumberIntel.Client.Tests.Emulator;

public sealed class EmulatorLifecycleTests
{
    [Fact]
    public async Task StartAsync_Default_ListensOnLoopbackWithVendorBaseAddresses()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();

        Assert.True(emulator.BaseAddress.IsLoopback);
        Assert.Equal("127.0.0.1", emulator.BaseAddress.Host);
        Assert.NotEqual(0, emulator.BaseAddress.Port);
        Assert.Equal(new Uri(emulator.BaseAddress, "bind/"), emulator.BindBaseAddress);
        Assert.Equal(new Uri(emulator.BaseAddress, "ipqs/api/"), emulator.IpqsBaseAddress);
        Assert.EndsWith("/", emulator.BindBaseAddress.AbsoluteUri, StringComparison.Ordinal);
        Assert.EndsWith("/", emulator.IpqsBaseAddress.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_Default_AcceptsDocumentedKeys()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();

        Assert.Equal("emulator-bind-key", emulator.BindApiKey);
        Assert.Equal("emulator-ipqs-key", emulator.IpqsApiKey);
        Assert.Equal(NumberIntelEmulatorOptions.DefaultBindApiKey, emulator.BindApiKey);
        Assert.Equal(NumberIntelEmulatorOptions.DefaultIpqsApiKey, emulator.IpqsApiKey);
    }

    [Fact]
    public async Task StartAsync_CustomKeys_AcceptsOnlyThose()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync(new NumberIntelEmulatorOptions { BindApiKey = "b-1", IpqsApiKey = "i-1" });
        using var http = EmulatorCalls.NewClient();

        var accepted = await EmulatorCalls.BindAsync(http, emulator, ["385915550101"], key: "b-1");
        var refused = await EmulatorCalls.BindAsync(http, emulator, ["385915550101"], key: NumberIntelEmulatorOptions.DefaultBindApiKey);

        Assert.Equal(System.Net.HttpStatusCode.OK, accepted.Status);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.Status);
    }

    [Fact]
    public async Task StartAsync_TwoEmulators_GetDifferentPorts()
    {
        await using var first = await NumberIntelEmulator.StartAsync();
        await using var second = await NumberIntelEmulator.StartAsync();

        Assert.NotEqual(first.BaseAddress.Port, second.BaseAddress.Port);
    }

    [Fact]
    public async Task DisposeAsync_Running_ClosesThePort()
    {
        var emulator = await NumberIntelEmulator.StartAsync();
        var port = emulator.BaseAddress.Port;

        await emulator.DisposeAsync();

        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var error = await Assert.ThrowsAsync<SocketException>(() => socket.ConnectAsync("127.0.0.1", port));
        Assert.Equal(SocketError.ConnectionRefused, error.SocketErrorCode);
    }

    [Fact]
    public async Task DisposeAsync_CalledTwice_DoesNotThrow()
    {
        var emulator = await NumberIntelEmulator.StartAsync();

        await emulator.DisposeAsync();
        await emulator.DisposeAsync();
    }

    [Fact]
    public async Task CreateOptions_Running_PointSdkOptionsAtEmulator()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();

        var bind = emulator.CreateBindOptions();
        var ipqs = emulator.CreateIpqsOptions();

        Assert.Equal(emulator.BindBaseAddress, bind.BaseAddress);
        Assert.Equal(emulator.BindApiKey, bind.ApiKey);
        Assert.Equal(emulator.IpqsBaseAddress, ipqs.BaseAddress);
        Assert.Equal(emulator.IpqsApiKey, ipqs.ApiKey);
    }

    [Fact]
    public async Task UnknownPath_Any_Returns404()
    {
        await using var emulator = await NumberIntelEmulator.StartAsync();
        using var http = EmulatorCalls.NewClient();

        using var response = await http.GetAsync(new Uri(emulator.BaseAddress, "nothing/here"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
