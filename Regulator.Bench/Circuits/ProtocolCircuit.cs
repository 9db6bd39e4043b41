using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Logging;

namespace Regulator.Bench.Circuits;

/// <summary>
/// One tab on the interactive filings list without a browser, so that the benchmark measures the portal rather than
/// twenty Chromium pages on the same two cores. It does what blazor.web.js does, no less: loads the page over HTTP (the
/// prerendered rows), starts the circuit over the hub protocol (<c>StartCircuit</c>, then <c>UpdateRootComponents</c>
/// with the page's component markers and persisted state), acknowledges every render batch (the server stops sending
/// after ten unacknowledged ones), and answers every JavaScript call the page makes as a 1280×860 window does (MudBlazor
/// asks for sizes and positions; the rest return nothing, as their functions do). Leaving the page posts the
/// <c>/_blazor/disconnect</c> beacon, as the browser does on unload, so the server ends the circuit at once.
/// A sort is what a click on the sortable "filed" header does: an intercepted navigation (<c>OnLocationChanged</c>) to
/// the header's address, ending with the render batch that shows other rows. It does not lay out or paint anything.
/// </summary>
internal sealed partial class ProtocolCircuit(ProtocolSession session, TimeSpan timeout, ILoggerFactory logs) : ICircuitTab
{
    private const string ListPath = "filings";
    private HubConnection? _connection;
    private string? _secret;
    private Expectation? _expected;
    private string? _firstRow;
    private bool _oldestFirst;

    /// <summary>
    /// Loads the list as a new page and returns the milliseconds from the request until its prerendered rows had arrived,
    /// and until the circuit's own render had (the layout then says <c>data-circuit="ready"</c>). Throws after the
    /// timeout, or if the page has no rows or the server reports a circuit error.
    /// </summary>
    public async Task<(double Rows, double Live)> FirstRenderAsync()
    {
        await LeaveAsync();
        _oldestFirst = false;
        var clock = Stopwatch.StartNew();
        var html = await session.Http.GetStringAsync(ListPath);
        var rows = clock.Elapsed.TotalMilliseconds;
        _firstRow = FilingLink().Match(html) is { Success: true } link ? link.Value : throw new InvalidOperationException($"/{ListPath} showed no filing rows");
        var markers = ComponentMarker().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var state = ComponentState().Match(html).Groups[1].Value;
        if (markers.Count == 0) throw new InvalidOperationException($"/{ListPath} carries no interactive component");

        var live = Expect("circuit live", batch => batch.AsSpan().IndexOf("data-circuit"u8) >= 0 && batch.AsSpan().IndexOf("ready"u8) >= 0);
        _connection = Connect();
        await _connection.StartAsync();
        _secret = await _connection.InvokeAsync<string>("StartCircuit", session.BaseUri.ToString(), new Uri(session.BaseUri, ListPath).ToString(), "[]", state);
        await _connection.SendAsync("UpdateRootComponents", Operations(markers), state);
        await live;
        return (rows, clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>
    /// Flips the order of the list (oldest first, then newest first again) as the header link does and returns the
    /// milliseconds until a render batch showed another filing than the first row before. Throws after the timeout.
    /// </summary>
    public async Task<double> SortAsync()
    {
        var connection = _connection ?? throw new InvalidOperationException("No page is open");
        _oldestFirst = !_oldestFirst;
        var before = _firstRow;
        var shown = Expect("sort", batch => FirstFilingLink(batch) is { } link && link != before);
        var clock = Stopwatch.StartNew();
        await connection.SendAsync("OnLocationChanged", new Uri(session.BaseUri, $"{ListPath}?sort={(_oldestFirst ? "created" : "-created")}").ToString(), null, true);
        await shown;
        return clock.Elapsed.TotalMilliseconds;
    }

    public async ValueTask DisposeAsync() => await LeaveAsync();

    /// <summary>Ends the open circuit as a closing tab does: the unload beacon, then the connection closes.</summary>
    private async Task LeaveAsync()
    {
        if (_connection is null) return;
        if (_secret is not null)
        {
            using var ended = await session.Http.PostAsync("_blazor/disconnect", new FormUrlEncodedContent([new("circuitId", _secret)]));
            // A circuit that is not ended stays in memory as a disconnected one for minutes and would count as open.
            if (!ended.IsSuccessStatusCode) throw new InvalidOperationException($"Ending a circuit answered {(int)ended.StatusCode}");
        }
        var leaving = _connection;
        _connection = null;
        await leaving.DisposeAsync();
        _secret = null;
    }

    private HubConnection Connect()
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(session.BaseUri, "_blazor"), HttpTransportType.WebSockets, options => options.Cookies = session.Cookies);
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        builder.Services.AddSingleton(logs);
        var connection = builder.Build();
        // A page being left still receives messages until its connection closes; only the open page's count.
        bool Current() => ReferenceEquals(connection, _connection);
        connection.On("JS.RenderBatch", [typeof(long), typeof(byte[])], async args =>
        {
            if (!Current()) return;
            await connection.SendAsync("OnRenderCompleted", (long)args[0]!, null);
            Observe((byte[])args[1]!);
        });
        connection.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], async args =>
        {
            var handle = (long)args[0]!;
            // A handle of 0 asks for no answer; a call arriving while the tab closes has nobody left to answer it.
            if (handle == 0 || !Current()) return;
            try
            {
                await connection.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{BrowserWindow.Answer((string)args[1]!)}]");
            }
            catch (InvalidOperationException) when (connection.State != HubConnectionState.Connected)
            {
                // The tab closed between the call and its answer.
            }
        });
        // The browser attaches the root components and marks the batch that added them done; nothing to answer.
        connection.On("JS.AttachComponent", [typeof(object), typeof(object)], _ => Task.CompletedTask);
        connection.On("JS.EndUpdateRootComponents", [typeof(object)], _ => Task.CompletedTask);
        connection.On("JS.Error", [typeof(string)], args =>
        {
            if (Current()) _expected?.Fail($"the server reported a circuit error: {args[0]}");
            return Task.CompletedTask;
        });
        return connection;
    }

    private Task Expect(string step, Func<byte[], bool> done)
    {
        var expectation = new Expectation(step, done, timeout);
        _expected = expectation;
        return expectation.Seen;
    }

    private void Observe(byte[] batch)
    {
        if (_expected is not { } expected || !expected.Done(batch)) return;
        _expected = null;
        _firstRow = FirstFilingLink(batch) ?? _firstRow;
        expected.Complete();
    }

    /// <summary>
    /// The first "/filings/{id}" in a render batch (its strings are UTF-8), read from the bytes: the client must cost
    /// the machine as little as it can, since it shares the portal's two cores.
    /// </summary>
    private static string? FirstFilingLink(ReadOnlySpan<byte> batch)
    {
        var prefix = "/filings/"u8;
        while (batch.IndexOf(prefix) is var at and >= 0)
        {
            var rest = batch[(at + prefix.Length)..];
            var digits = rest.IndexOfAnyExceptInRange((byte)'0', (byte)'9');
            if (digits != 0) return Encoding.ASCII.GetString(batch.Slice(at, prefix.Length + (digits < 0 ? rest.Length : digits)));
            batch = rest;
        }
        return null;
    }

    /// <summary>The root components to attach, as blazor.web.js lists them: each server marker of the page, numbered from 1.</summary>
    private static string Operations(IReadOnlyList<string> markers) => new JsonObject
    {
        ["batchId"] = 1,
        ["operations"] = new JsonArray(markers.Select((marker, i) =>
        {
            var parsed = JsonNode.Parse(marker)!.AsObject();
            parsed["uniqueId"] = i;
            return (JsonNode)new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = parsed };
        }).ToArray()),
    }.ToJsonString();

    [GeneratedRegex("""<!--Blazor:(\{"type":"server".*?)-->""")]
    private static partial Regex ComponentMarker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:([A-Za-z0-9+/=]*)-->")]
    private static partial Regex ComponentState();

    [GeneratedRegex(@"/filings/\d+")]
    private static partial Regex FilingLink();
}
