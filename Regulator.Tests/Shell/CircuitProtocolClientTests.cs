using Regulator.Bench.Circuits;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Filings.FilingTestData;
using static Regulator.Tests.Filings.FilingsApiClient;

namespace Regulator.Tests.Shell;

/// <summary>
/// The circuits benchmark's own client (<c>--client protocol</c>) against the portal on a socket: it must do what the
/// browser does, or the benchmark's figures would measure something else. It opens the filings list with its rows,
/// brings the circuit live, sorts both ways (each sort ends only when other rows arrive), and ends the circuit when the
/// tab closes (the disconnect beacon is accepted).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CircuitProtocolClientTests(KestrelPortal portal)
{
    [Fact]
    public async Task The_benchmark_client_opens_a_live_circuit_sorts_both_ways_and_ends_it()
    {
        var api = await ForNewPlatformAsync(portal, "11");
        api.Http.BaseAddress = portal.Address;
        await api.PostAsync(AdultJson("protocol-older", ResidentIdAged(37), name: "协议甲"));
        await api.PostAsync(AdultJson("protocol-newer", ResidentIdAged(38), name: "协议乙"));

        await using var client = await ProtocolClient.SignInAsync(portal.Address.ToString(), "bj.admin", TimeSpan.FromSeconds(30));
        var tab = await client.OpenTabAsync();
        var (rows, live) = await tab.FirstRenderAsync();
        Assert.InRange(rows, 0, live);
        Assert.True(await tab.SortAsync() > 0);
        Assert.True(await tab.SortAsync() > 0);
        // A second page load in the same tab ends the first circuit and starts another.
        await tab.FirstRenderAsync();
        await tab.DisposeAsync();
    }
}
