using Microsoft.Playwright;

namespace Regulator.Tests.Infrastructure;

/// <summary>
/// Playwright on interactive pages. The first paint is prerendered HTML; clicks on it are lost until the
/// circuit has started and the components are live, so every step waits for the layout's circuit marker
/// (<c>[data-circuit=ready]</c>, rendered only inside a live circuit) before it clicks or types.
/// </summary>
public static class InteractivePage
{
    public const string CircuitReady = "[data-circuit=ready]";

    /// <summary>
    /// Waits until the page's circuit is live; returns at once on a static page (the account pages and sections
    /// not yet converted say <c>data-render="static"</c> on their body).
    /// </summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.WaitForFunctionAsync($"() => document.body?.dataset.render === 'static' || document.querySelector('{CircuitReady}') !== null");

    /// <summary>
    /// Waits until the page at <paramref name="path"/> is on screen: rendered by the live circuit (navigation inside
    /// the circuit changes the address before it renders the new page) or loaded in full as a static page.
    /// </summary>
    public static Task WaitForPageAsync(this IPage page, string path) =>
        page.WaitForFunctionAsync($$"""
            path => document.body?.dataset.render === 'static'
                ? location.pathname === path
                : document.querySelector('{{CircuitReady}}')?.dataset.path === path
            """, path);

    /// <summary>Opens <paramref name="path"/> and waits for its circuit.</summary>
    public static async Task<IResponse?> GotoInteractiveAsync(this IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        await page.WaitForCircuitAsync();
        return response;
    }

    /// <summary>Signs in through the static sign-in page and waits for the dashboard's circuit.</summary>
    public static async Task SignInAsync(this IPage page, string userName, string password = Regulator.Domain.Seeding.DemoUsers.Password)
    {
        await page.GotoAsync(PortalSignIn.LoginPath);
        await page.FillAsync("[name='Input.UserName']", userName);
        await page.FillAsync("[name='Input.Password']", password);
        await page.RunAndWaitForNavigationAsync(() => page.ClickAsync("form button[type=submit]"));
        await page.WaitForCircuitAsync();
    }

    /// <summary>
    /// Waits until a list has loaded the view in the address (its total is shown) after a click or filter change.
    /// </summary>
    public static Task WaitForListAsync(this IPage page) =>
        page.Locator("[data-testid=list-total]:not(:empty)").First.WaitForAsync();

    /// <summary>The text field of a MudBlazor input, whether the test id landed on the input itself or on its wrapper.</summary>
    public static ILocator Field(this IPage page, string selector) =>
        page.Locator(selector).Locator("xpath=descendant-or-self::*[(self::input and not(@type='hidden')) or self::textarea]").First;

    /// <summary>
    /// Saves a full-page screenshot as <c>TestResults/screenshots/{name}.png</c> beside the walk's, once the page's
    /// heading is painted (style sheets block rendering, so the page then has them).
    /// </summary>
    public static async Task SaveScreenshotAsync(this IPage page, string name)
    {
        await page.Locator("h1").First.WaitForAsync();
        Directory.CreateDirectory(Regulator.Tests.EndToEnd.PortalWalkTests.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Regulator.Tests.EndToEnd.PortalWalkTests.ScreenshotFolder, $"{name}.png"), FullPage = true });
    }

    /// <summary>
    /// Ticks or unticks a MudBlazor check box (the element carrying <paramref name="selector"/> or its input) the way
    /// a click does, whatever icon is drawn over the native input.
    /// </summary>
    public static async Task SetTickedAsync(this IPage page, string selector, bool ticked)
    {
        var input = page.Locator(selector).Locator("xpath=descendant-or-self::input[@type='checkbox']").First;
        if (await input.IsCheckedAsync() != ticked) await input.EvaluateAsync("e => e.click()");
        await Assertions.Expect(input).ToBeCheckedAsync(new() { Checked = ticked });
    }
}
