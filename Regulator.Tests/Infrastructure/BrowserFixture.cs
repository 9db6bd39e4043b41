using Microsoft.Playwright;

namespace Regulator.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole run: launching costs more than a test, while a fresh context per test
/// keeps cookies apart. Debian's chromium is used; Playwright's own browser download is not reachable here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Two cores shared with other builds: a step may take longer than Playwright's 30 seconds.</summary>
    public const float StepTimeout = 60_000;

    /// <summary>
    /// A page in a context of its own (its own cookies) on <paramref name="portal"/>, Chinese, 1280 × 900, steps allowed
    /// <see cref="StepTimeout"/>; signed in as <paramref name="userName"/> when one is given.
    /// </summary>
    public async Task<IPage> NewPageAsync(KestrelPortal portal, string? userName = null)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = portal.Address.ToString(), Locale = PortalText.Chinese, ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(StepTimeout);
        Assertions.SetDefaultExpectTimeout(StepTimeout);
        var page = await context.NewPageAsync();
        if (userName is not null) await page.SignInAsync(userName);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
