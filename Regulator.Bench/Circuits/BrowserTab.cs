using Microsoft.Playwright;

namespace Regulator.Bench.Circuits;

/// <summary>A Chromium page on the filings list; times are taken by the page's own clock.</summary>
internal sealed class BrowserTab(IPage page, TimeSpan timeout) : ICircuitTab
{
    private const string Rows = "[data-list=filings] tbody tr a[href^='/filings/']";
    private const string SortHeader = "[data-list=filings] a.list-sort[data-sort=created]";

    /// <summary>
    /// Loads the list in full and returns, from navigation start, when its rows were first visible and when the circuit
    /// was live. Polled on every animation frame (Playwright's default), in the page; fails after the timeout saying
    /// which of the two never came.
    /// </summary>
    public async Task<(double Rows, double Live)> FirstRenderAsync()
    {
        await page.GotoAsync("/filings", new() { WaitUntil = WaitUntilState.Commit });
        try
        {
            var times = await page.WaitForFunctionAsync($$"""
                () => {
                    const t = performance.now();
                    if (window.__rows === undefined && document.querySelector("{{Rows}}")?.checkVisibility()) window.__rows = t;
                    if (window.__live === undefined && document.querySelector("[data-circuit=ready]")) window.__live = t;
                    return window.__rows !== undefined && window.__live !== undefined ? [window.__rows, window.__live] : null;
                }
                """, null, new() { Timeout = (float)timeout.TotalMilliseconds });
            var values = await times.JsonValueAsync<double[]>();
            return (values[0], values[1]);
        }
        catch (TimeoutException)
        {
            var seen = await page.EvaluateAsync<string>("() => `rows ${window.__rows !== undefined}, circuit live ${window.__live !== undefined}`");
            throw new TimeoutException($"First render of {page.Url} did not end within {timeout.TotalSeconds:F0} s ({seen})");
        }
    }

    /// <summary>
    /// Clicks the sortable header (the order flips between newest and oldest first) and times, in the page, until the
    /// first row is another filing and the list's total is shown again. Fails after the timeout with what the page showed.
    /// </summary>
    public async Task<double> SortAsync()
    {
        var result = await page.EvaluateAsync<double[]>($$"""
            timeout => new Promise(done => {
                const first = () => document.querySelector("{{Rows}}")?.getAttribute("href");
                const before = first();
                const start = performance.now();
                document.querySelector("{{SortHeader}}").click();
                // A timer, not the polling, ends a step that never finishes: a page whose frames stopped still answers.
                let over = false;
                const timer = setTimeout(() => { over = true; done([]); }, timeout);
                const poll = () => {
                    const now = first();
                    if (now && now !== before && document.querySelector("[data-testid=list-total]")?.textContent.trim()) {
                        clearTimeout(timer);
                        done([performance.now() - start]);
                    }
                    else if (!over) requestAnimationFrame(poll);
                };
                requestAnimationFrame(poll);
            })
            """, timeout.TotalMilliseconds);
        if (result.Length == 1) return result[0];
        var seen = await page.EvaluateAsync<string>($$"""
            () => `address ${location.pathname}${location.search}, first row ${document.querySelector("{{Rows}}")?.getAttribute("href")}, ` +
                `total "${document.querySelector("[data-testid=list-total]")?.textContent.trim()}", ` +
                `circuit ${document.querySelector("[data-circuit]")?.getAttribute("data-circuit")}, error ${!!document.querySelector(".server-list .mud-alert")}`
            """);
        throw new TimeoutException($"A sort on {page.Url} did not show another first row within {timeout.TotalSeconds:F0} s ({seen})");
    }

    public async ValueTask DisposeAsync() => await page.CloseAsync(new() { RunBeforeUnload = false });
}
