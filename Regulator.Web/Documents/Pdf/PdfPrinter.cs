using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Regulator.Web.Documents.Pdf;

/// <summary>
/// Prints HTML to PDF in headless Chromium. One browser per process, launched on first use and kept warm (a
/// launch costs far more than a page), with at most <see cref="PdfOptions.MaxConcurrentPages"/> pages printing at
/// once. Pages are kept and reused: a new page starts a renderer and loads the CJK font again, which cost more
/// than printing a ten-page document. A page is cleared by navigating to <c>about:blank</c> before each document,
/// which gives it a fresh window, so nothing a previous document's scripts left behind can satisfy the next one's
/// <see cref="PrintRequest.ReadyWhen"/>. A page that failed is closed rather than reused. A missing, crashed or hung
/// browser fails the document with a clear message within the timeout, and the next document launches a fresh browser.
/// </summary>
public sealed class PdfPrinter(IOptions<PdfOptions> options, ILogger<PdfPrinter> logger) : IAsyncDisposable
{
    /// <summary>Every page carries its number and the total; the CJK font comes first or Chinese prints as boxes.</summary>
    public const string FooterTemplate =
        "<div style=\"font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif;font-size:9px;width:100%;text-align:center;color:#444\">" +
        "第 <span class=\"pageNumber\"></span> 页 / 共 <span class=\"totalPages\"></span> 页</div>";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly PdfOptions _options = options.Value;
    private readonly SemaphoreSlim _launching = new(1, 1);
    private readonly SemaphoreSlim _pages = new(Math.Max(1, options.Value.MaxConcurrentPages));
    private readonly ConcurrentBag<IPage> _idlePages = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task<byte[]> PrintAsync(PrintRequest request, CancellationToken ct = default)
    {
        // Waiting for a free page is not on the document's clock: each holder is itself bounded by its deadline.
        await _pages.WaitAsync(ct);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(_options.DocumentTimeout);
        try
        {
            var browser = await BrowserAsync(deadline.Token);
            return await PrintOnPooledPageAsync(browser, request, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // A browser that let a document run past its deadline is not trusted with the next one.
            await ResetBrowserAsync();
            throw TimedOut();
        }
        catch (PlaywrightException e)
        {
            await ResetBrowserAsync();
            throw new PdfPrintException($"Chromium 打印失败：{e.Message}（Chromium failed while printing）", e);
        }
        finally
        {
            _pages.Release();
        }
    }

    private async Task<byte[]> PrintOnPooledPageAsync(IBrowser browser, PrintRequest request, CancellationToken ct)
    {
        var page = await LeasePageAsync(browser, ct);
        var printed = false;
        try
        {
            var pdf = await PrintOnAsync(page, request, ct);
            printed = true;
            return pdf;
        }
        finally
        {
            if (printed && page.Context.Browser == _browser) _idlePages.Add(page);
            else await CloseQuietlyAsync(page);
        }
    }

    /// <summary>An idle page of the current browser, else a new one; pages of a browser since reset are dropped.</summary>
    private async Task<IPage> LeasePageAsync(IBrowser browser, CancellationToken ct)
    {
        while (_idlePages.TryTake(out var idle))
        {
            if (!idle.IsClosed && idle.Context.Browser == browser) return idle;
            await CloseQuietlyAsync(idle);
        }
        var page = await browser.NewPageAsync().WaitAsync(ct);
        page.SetDefaultTimeout((float)_options.DocumentTimeout.TotalMilliseconds);
        return page;
    }

    private static async Task<byte[]> PrintOnAsync(IPage page, PrintRequest request, CancellationToken ct)
    {
        await page.GotoAsync("about:blank").WaitAsync(ct);
        await page.SetContentAsync(request.Html).WaitAsync(ct);
        foreach (var script in request.Scripts ?? []) await page.AddScriptTagAsync(new() { Path = script }).WaitAsync(ct);
        if (request.ReadyWhen is { } ready) await page.WaitForFunctionAsync(ready).WaitAsync(ct);
        return await page.PdfAsync(new()
        {
            Format = "A4",
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<div></div>",
            FooterTemplate = FooterTemplate,
            Margin = new() { Top = "20mm", Bottom = "20mm", Left = "18mm", Right = "18mm" },
            // No accessibility tree or outline: these documents are filed and printed, not navigated.
            Tagged = false,
            Outline = false,
        }).WaitAsync(ct);
    }

    private static async Task CloseQuietlyAsync(IPage page)
    {
        // Closing a page of a browser that just died throws; the page is gone either way.
        try { await page.CloseAsync(); }
        catch (PlaywrightException) { }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } warm) return warm;
        await _launching.WaitAsync(ct);
        try
        {
            if (_browser is { IsConnected: true } launched) return launched;
            if (!File.Exists(_options.ChromiumPath))
                throw new PdfPrintException($"找不到 Chromium：{_options.ChromiumPath}，请安装 chromium-headless-shell 软件包或设置 Pdf:ChromiumPath（Chromium not found at {_options.ChromiumPath}）");
            _playwright ??= await Playwright.CreateAsync().WaitAsync(ct);
            try
            {
                _browser = await _playwright.Chromium.LaunchAsync(new()
                {
                    ExecutablePath = _options.ChromiumPath,
                    Args = ChromiumArgs,
                    Timeout = (float)_options.LaunchTimeout.TotalMilliseconds,
                }).WaitAsync(ct);
            }
            catch (System.TimeoutException e)
            {
                // A Chromium that starts and never answers: Playwright gives up with a plain System.TimeoutException.
                throw new PdfPrintException($"无法启动 Chromium（{_options.ChromiumPath}）：{_options.LaunchTimeout.TotalSeconds:0} 秒内无响应，请检查 Pdf:ChromiumPath 与 Pdf:LaunchTimeout（Chromium could not be started: no answer within {_options.LaunchTimeout.TotalSeconds:0} s）", e);
            }
            catch (PlaywrightException e)
            {
                throw new PdfPrintException($"无法启动 Chromium（{_options.ChromiumPath}）：{e.Message}（Chromium could not be started）", e);
            }
            logger.LogInformation("Chromium {Version} launched for PDF printing", _browser.Version);
            return _browser;
        }
        finally
        {
            _launching.Release();
        }
    }

    private async Task ResetBrowserAsync()
    {
        var browser = Interlocked.Exchange(ref _browser, null);
        if (browser is null) return;
        try { await browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(5)); }
        catch (Exception e) when (e is PlaywrightException or TimeoutException) { logger.LogWarning(e, "Chromium did not close cleanly"); }
    }

    private PdfPrintException TimedOut() =>
        new($"打印超时：一份文书超过 {_options.DocumentTimeout.TotalSeconds:0} 秒未完成，Chromium 可能已挂起（printing took longer than {_options.DocumentTimeout.TotalSeconds:0} s; Chromium may be hung）");

    public async ValueTask DisposeAsync()
    {
        await ResetBrowserAsync();
        _playwright?.Dispose();
        _pages.Dispose();
        _launching.Dispose();
    }
}
