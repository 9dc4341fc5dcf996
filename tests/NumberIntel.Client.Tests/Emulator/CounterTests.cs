using System.Net;
using NumberIntel.Client.Bind;
using NumberIntel.Client.Testing;
using NumberIntel.Client.Tests.Infrastructure;

namespace NumberIntel.Client.Tests.Emulator;

public sealed class CounterTests : IAsyncLifetime
{
    private NumberIntelEmulator _emulator = null!;
    private readonly HttpClient _http = EmulatorCalls.NewClient();

    public async Task InitializeAsync() => _emulator = await NumberIntelEmulator.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Requests_IncludingRefusedOnes_AreCountedPerVendor()
    {
        await EmulatorCalls.BindAsync(_http, _emulator, ["385915550101"]);
        await EmulatorCalls.BindAsync(_http, _emulator, ["385915550101"], key: "wrong");
        await EmulatorCalls.IpqsAsync(_http, _emulator, MagicNumbers.HrVerifiedMobile, key: "wrong");

        Assert.Equal(2, _emulator.Bind.Requests);
        Assert.Equal(1, _emulator.Ipqs.Requests);
        Assert.Equal(1, _emulator.Bind.Lookups);
        Assert.Equal(0, _emulator.Ipqs.Lookups);
        Assert.Equal(0, _emulator.Ipqs.Billed);
    }

    [Fact]
    public async Task Bind_FinalOutcomes_AreBilled()
    {
        await EmulatorCalls.BindAsync(_http, _emulator, [MagicNumbers.HrVerifiedMobile[1..], MagicNumbers.HrInvalid[1..], MagicNumbers.HrNotResolved[1..]]);

        Assert.Equal(3, _emulator.Bind.Billed);
        Assert.Equal(1, _emulator.Bind.BilledCount(MagicNumbers.HrInvalid));
        Assert.Equal(1, _emulator.Bind.BilledCount(MagicNumbers.HrNotResolved));
    }

    [Fact]
    public async Task Bind_GeneralError_IsBilled()
    {
        _emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.GeneralError));

        await EmulatorCalls.BindAsync(_http, _emulator, ["385915550101"]);

        Assert.Equal(1, _emulator.Bind.BilledCount("385915550101"));
    }

    [Fact]
    public async Task Ipqs_SuccessAnswers_AreBilledValidOrNot()
    {
        await EmulatorCalls.IpqsAsync(_http, _emulator, MagicNumbers.UsVerifiedMobile);
        await EmulatorCalls.IpqsAsync(_http, _emulator, MagicNumbers.UsInvalid);

        Assert.Equal(2, _emulator.Ipqs.Billed);
        Assert.Equal(1, _emulator.Ipqs.BilledCount(MagicNumbers.UsInvalid));
    }

    [Theory]
    [InlineData("+385 91 555 0101")]
    [InlineData("385915550101")]
    [InlineData("00385915550101")]
    [InlineData("+385-91-555-0101")]
    public async Task BilledCount_AnyFormatting_FindsTheSameNumber(string query)
    {
        await EmulatorCalls.BindAsync(_http, _emulator, ["385915550101"]);
        await EmulatorCalls.IpqsAsync(_http, _emulator, "+385915550101");

        Assert.Equal(1, _emulator.Bind.BilledCount(query));
        Assert.Equal(1, _emulator.Ipqs.BilledCount(query));
        Assert.Equal(1, _emulator.Bind.LookupCount(query));
    }

    [Fact]
    public async Task Ipqs_NationalNumber_IsCountedUnderItsMsisdn()
    {
        await EmulatorCalls.IpqsAsync(_http, _emulator, "091 555 0101", "&country[]=HR");

        Assert.Equal(1, _emulator.Ipqs.BilledCount(MagicNumbers.HrVerifiedMobile));
    }

    [Fact]
    public async Task DuplicateInOneBatch_IsBilledTwice()
    {
        await EmulatorCalls.BindAsync(_http, _emulator, ["385915550101", "385915550101"]);

        Assert.Equal(2, _emulator.Bind.BilledCount("385915550101"));
        Assert.Equal(2, _emulator.Bind.BilledByNumber["385915550101"]);
    }

    [Fact]
    public async Task BatchSizes_BindRequests_AreRecordedInOrder()
    {
        await EmulatorCalls.BindAsync(_http, _emulator, ["385915550101", "385915550102", "385915550103"]);
        await EmulatorCalls.BindAsync(_http, _emulator, ["385915550106"]);
        await EmulatorCalls.BindAsync(_http, _emulator, ["385915550106"], key: "wrong");
        await EmulatorCalls.IpqsAsync(_http, _emulator, MagicNumbers.UsVerifiedMobile);

        Assert.Equal([3, 1], _emulator.Bind.BatchSizes);
        Assert.Equal([1], _emulator.Ipqs.BatchSizes);
    }

    [Fact]
    public async Task Reset_AfterTraffic_ZeroesCountersAndFaults()
    {
        _emulator.Faults.Add(EmulatorFault.ServerError().Times(3));
        await EmulatorCalls.BindAsync(_http, _emulator, ["385915550101"]);
        await EmulatorCalls.IpqsAsync(_http, _emulator, MagicNumbers.UsVerifiedMobile);
        await EmulatorCalls.BindAsync(_http, _emulator, ["385915550101"]);

        _emulator.Reset();
        var after = await EmulatorCalls.BindAsync(_http, _emulator, ["385915550101"]);

        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal(1, _emulator.Bind.Requests);
        Assert.Equal(0, _emulator.Ipqs.Requests);
        Assert.Equal([1], _emulator.Bind.BatchSizes);
        Assert.Single(_emulator.Bind.ReceivedRequests);
        Assert.Equal(1, _emulator.Bind.BilledCount("385915550101"));
    }

    [Fact]
    public async Task ParallelRequests_BothVendors_AreAllCounted()
    {
        var numbers = Enumerable.Range(0, 40).Select(i => "38598123" + (6000 + i)).ToArray();

        var ipqs = numbers.Select(n => EmulatorCalls.IpqsAsync(_http, _emulator, "+" + n));
        var bind = numbers.Chunk(4).Select(batch => EmulatorCalls.BindAsync(_http, _emulator, batch));
        var answers = await Task.WhenAll(ipqs.Concat(bind)).WaitAsync(TestTimeouts.Wait);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(40, _emulator.Ipqs.Requests);
        Assert.Equal(10, _emulator.Bind.Requests);
        Assert.Equal(40, _emulator.Ipqs.Billed);
        Assert.Equal(40, _emulator.Bind.Lookups);
        Assert.Equal(40, _emulator.Bind.Billed);
        Assert.All(numbers, n => Assert.Equal(1, _emulator.Ipqs.BilledCount(n)));
        Assert.All(_emulator.Bind.BilledByNumber.Values, c => Assert.Equal(1, c));
        Assert.Equal(10, _emulator.Bind.BatchSizes.Count);
        Assert.All(_emulator.Bind.BatchSizes, s => Assert.Equal(4, s));
    }

    [Fact]
    public async Task ParallelRequests_ItemFaultWithCount_IsTakenExactlyThatOften()
    {
        _emulator.Faults.Add(EmulatorFault.BindItemCode(BindResponseCode.Throttled).Times(7));
        var numbers = Enumerable.Range(0, 30).Select(i => "38598123" + (7000 + i)).ToArray();

        var answers = await Task.WhenAll(numbers.Select(n => EmulatorCalls.BindAsync(_http, _emulator, [n]))).WaitAsync(TestTimeouts.Wait);

        var codes = answers.SelectMany(a => a.Json.EnumerateArray()).Select(i => i.GetProperty("response").GetInt32()).ToArray();
        Assert.Equal(7, codes.Count(c => c == 4));
        Assert.Equal(30, _emulator.Bind.Lookups);
        Assert.Equal(30 - 7, _emulator.Bind.Billed);
    }

    [Fact]
    public async Task ReceivedRequests_Ipqs_RecordParametersWithoutTheKey()
    {
        await EmulatorCalls.IpqsAsync(_http, _emulator, "+12125550101", "&strictness=1&key=secret-in-query&userID=42");

        var request = Assert.Single(_emulator.Ipqs.ReceivedRequests);
        Assert.Equal(1, request.Strictness);
        Assert.Equal("42", request.Parameters["userID"]);
        Assert.False(request.Parameters.ContainsKey("key"));
        Assert.DoesNotContain("secret-in-query", request.Query, StringComparison.Ordinal);
        Assert.Contains("phone=%2B12125550101", request.Query, StringComparison.Ordinal);
        Assert.Equal("GET", request.Method);
        Assert.Equal(NumberIntelVendor.Ipqs, request.Vendor);
    }
}
