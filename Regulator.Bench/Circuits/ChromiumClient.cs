using Microsoft.Playwright;

namespace Regulator.Bench.Circuits;

/// <summary>
/// Tabs that are pages of one headless Chromium (<see cref="BrowserTab"/>), sharing its sign-in cookie: the whole
/// experience, layout and painting included, with the browser on the portal's cores.
/// </summary>
public sealed class ChromiumClient : ICircuitClient
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;
    private readonly TimeSpan _stepTimeout;

    private ChromiumClient(IPlaywright playwright, IBrowser browser, IBrowserContext context, TimeSpan stepTimeout)
    {
        _playwright = playwright;
        _browser = browser;
        _context = context;
        _stepTimeout = stepTimeout;
    }

    public string Kind => "pages of one headless Chromium";

    public static async Task<ChromiumClient> SignInAsync(string url, string user, string chromium, TimeSpan stepTimeout)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                // Pages in background tabs are throttled by default; here all of them are someone's foreground.
                "--disable-renderer-backgrounding", "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows"],
        });
        // One context: the pages share the sign-in cookie, and each page holds its own circuit.
        var context = await browser.NewContextAsync(new() { BaseURL = url, Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 860 } });
        context.SetDefaultTimeout((float)stepTimeout.TotalMilliseconds);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("[name='Input.UserName']", user);
        await page.FillAsync("[name='Input.Password']", Regulator.Domain.Seeding.DemoUsers.Password);
        await page.ClickAsync("form button[type=submit]");
        await page.WaitForURLAsync(address => new Uri(address).AbsolutePath != "/account/login");
        if (new Uri(page.Url).AbsolutePath != "/") throw new InvalidOperationException($"Signing in as {user} ended on {page.Url}");
        await page.CloseAsync();
        return new ChromiumClient(playwright, browser, context, stepTimeout);
    }

    public async Task<ICircuitTab> OpenTabAsync() => new BrowserTab(await _context.NewPageAsync(), _stepTimeout);

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
