using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.EndToEnd;

/// <summary>
/// The dashboards in a real Chromium, per role: the national one's China map and trend charts drawn by ECharts, a
/// click on a province of the map and on a chart bar opening the list behind it with the same filters, the provincial
/// one ranking its platforms, the inspector's and auditor's desks, and figures that change on an open page when new
/// reports arrive (the live circuit), without a reload. Screenshots are kept with the other walks'.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardWalkTests(BrowserFixture browser, KestrelPortal portal)
{
    private const float StepTimeout = 60_000;

    [Fact]
    public async Task A_national_analyst_clicks_a_province_on_the_map_and_a_chart_bar_into_their_lists()
    {
        var page = await OpenAsync("national.analyst");
        await page.GotoInteractiveAsync("/dashboards");
        await Assertions.Expect(page.Locator("main h1").First).ToHaveTextAsync("全国数据看板");
        var map = page.Locator("[data-testid=chart-map][data-drawn]");
        await map.WaitForAsync();
        await page.Locator("[data-testid=chart-reports][data-drawn]").WaitForAsync();
        await ScreenshotAsync(page, "dashboard-national");

        // Guangzhou lies inside Guangdong on any projection of the map: a click there is a click on the province.
        var (x, y) = await PointAsync(map, "c => c.convertToPixel({ seriesIndex: 0 }, [113.27, 23.13])");
        await page.Mouse.ClickAsync(x, y);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/reports\?.*province=44"), new() { Timeout = StepTimeout });
        var mapList = new Uri(page.Url);
        Assert.Contains("from=", mapList.Query);
        await ScreenshotAsync(page, "dashboard-map-drill");

        await page.GotoInteractiveAsync("/dashboards");
        var bars = page.Locator("[data-testid=chart-reports][data-drawn]");
        await bars.WaitForAsync();
        // The busiest day's bar of reports received, clicked in its middle.
        (x, y) = await PointAsync(bars, """
            c => {
                const data = c.getOption().series[0].data;
                let best = 0;
                data.forEach((d, i) => { if (d.value > data[best].value) best = i; });
                // Two bar series share each day: take the drawn rectangle of the first one's bar.
                const bar = c.getModel().getSeriesByIndex(0).getData().getItemLayout(best);
                return [bar.x + bar.width / 2, bar.y + bar.height / 2];
            }
            """);
        await page.Mouse.ClickAsync(x, y);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/reports\?.*from=(\d{4}-\d\d-\d\d)&to=\1"), new() { Timeout = StepTimeout });
        await ScreenshotAsync(page, "dashboard-bar-drill");
    }

    [Fact]
    public async Task Provincial_inspector_and_auditor_dashboards_open_for_their_roles()
    {
        var page = await OpenAsync("gd.admin");
        await page.GotoInteractiveAsync("/dashboards");
        await Assertions.Expect(page.Locator("main h1").First).ToHaveTextAsync("广东省数据看板");
        await page.Locator("[data-testid=platform-ranking]").WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=province]").CountAsync());
        await page.Locator("[data-testid=chart-flows][data-drawn]").WaitForAsync();
        await ScreenshotAsync(page, "dashboard-guangdong");
        // Another province by address: not found, and nothing of it on screen.
        await page.GotoAsync("/dashboards?province=11");
        await Assertions.Expect(page.Locator("main h1").First).ToHaveTextAsync("404");

        var inspector = await OpenAsync("gd.inspector");
        await inspector.GotoInteractiveAsync("/dashboards/inspector");
        await inspector.Locator("[data-testid=inspector-cases]").WaitForAsync();
        await ScreenshotAsync(inspector, "dashboard-inspector");

        var auditor = await OpenAsync("auditor");
        await auditor.GotoInteractiveAsync("/dashboards/auditor");
        await Assertions.Expect(auditor.Locator("main h1").First).ToHaveTextAsync("个人信息查看审计");
        await ScreenshotAsync(auditor, "dashboard-auditor");
    }

    [Fact]
    public async Task An_open_dashboard_shows_new_reports_without_a_reload()
    {
        var page = await OpenAsync("national.admin");
        await page.GotoInteractiveAsync("/dashboards");
        var reports = page.Locator("[data-tile='cases.reports'] [data-testid=tile-value]");
        var before = (await reports.InnerTextAsync()).Trim();
        await page.EvaluateAsync("() => window.notReloaded = true");

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
            var platforms = await db.Platforms.IgnoreQueryFilters().AsNoTracking().ToListAsync();
            var generator = new ReportGenerator(15, ReportGenerator.PlatformsOf(platforms), $"LIVE-{Guid.NewGuid():N}"[..12] + "-");
            var drafts = Enumerable.Range(0, 3).Select(_ => generator.Next(DateTimeOffset.UtcNow.AddSeconds(-5))).ToList();
            await scope.ServiceProvider.GetRequiredService<ReportIntake>().ReceiveAsync(drafts.Select((d, i) => IntakeItem.Read(i, d)).ToList(), ReportChannel.Push);
        }

        // The rollup picks them up at its next tick and the page reloads its figures in the circuit.
        await Assertions.Expect(reports).Not.ToHaveTextAsync(before, new() { Timeout = StepTimeout });
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await ScreenshotAsync(page, "dashboard-live");
    }

    /// <summary>
    /// A chart whose component leaves the page early or late raises no script error and leaves nothing behind: a draw
    /// still loading ECharts when its chart was disposed draws nothing, a chart whose element Blazor has taken out of the
    /// page is neither resized nor disposed twice, and leaving a dashboard as soon as its circuit is live is quiet.
    /// </summary>
    [Fact]
    public async Task A_chart_left_while_it_draws_or_after_its_element_is_gone_raises_no_script_error()
    {
        var page = await OpenAsync("national.analyst");
        var errors = new List<string>();
        page.PageError += (_, error) => { lock (errors) errors.Add(error); };
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add($"{message.Location}: {message.Text}"); };

        // Left as soon as it is live, three times: the charts' components are disposed while ECharts is still loading.
        for (var i = 0; i < 3; i++)
        {
            await page.GotoInteractiveAsync("/dashboards");
            await page.Locator(".portal-drawer a.mud-nav-link[href='/filings']").ClickAsync();
            await page.WaitForPageAsync("/filings");
        }

        await page.GotoInteractiveAsync("/dashboards");
        await page.Locator("[data-testid=chart-map][data-drawn]").WaitForAsync();
        var leftBehind = await page.EvaluateAsync<bool[]>("""
            async () => {
                const charts = await import('/js/dashboard-charts.js');
                const option = JSON.stringify({ xAxis: { type: 'category', data: ['a', 'b'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: [1, 2] }] });
                const frames = () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
                const box = () => {
                    const element = document.createElement('div');
                    element.style.width = '300px';
                    element.style.height = '200px';
                    document.body.appendChild(element);
                    return element;
                };
                // Disposed while its draw waits: no chart may come to life afterwards.
                const early = box();
                const drawing = charts.draw(early, option);
                charts.dispose(early);
                await drawing;
                const earlyChart = !!echarts.getInstanceByDom(early);
                early.remove();
                // Drawn, then its element taken out of the page before the component's dispose arrives.
                const late = box();
                await charts.draw(late, option);
                late.remove();
                await frames();
                charts.dispose(late);
                charts.dispose(late);
                charts.dispose(null);
                await frames();
                return [earlyChart, !!echarts.getInstanceByDom(late)];
            }
            """);

        Assert.Equal([false, false], leftBehind);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    private async Task<IPage> OpenAsync(string user)
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = portal.Address.ToString(),
            Locale = PortalText.Chinese,
            ViewportSize = new() { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(StepTimeout);
        var page = await context.NewPageAsync();
        await page.SignInAsync(user);
        return page;
    }

    /// <summary>A point of a drawn chart in page coordinates, from an ECharts call on its instance.</summary>
    private static async Task<(float X, float Y)> PointAsync(ILocator chart, string pixelOf)
    {
        // A mouse click lands in the viewport only: bring the chart into it first.
        await chart.ScrollIntoViewIfNeededAsync();
        var point = await chart.EvaluateAsync<float[]>($$"""
            el => {
                const p = ({{pixelOf}})(echarts.getInstanceByDom(el));
                const r = el.getBoundingClientRect();
                return [r.left + p[0], r.top + p[1]];
            }
            """);
        return (point[0], point[1]);
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.Locator("h1").First.WaitForAsync();
        Directory.CreateDirectory(PortalWalkTests.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalWalkTests.ScreenshotFolder, $"{name}.png"), FullPage = true });
    }
}
