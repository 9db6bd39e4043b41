using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Regulator.Domain.Common;
using Regulator.Domain.Dashboards;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Documents;
using Regulator.Tests.Persistence;
using Regulator.Web.Dashboards;

namespace Regulator.Tests.Dashboards;

/// <summary>
/// The dashboard pages and files through the real portal: a provincial user never obtains another province's figures,
/// whether by the page's address, the Excel export or the PDF, and the figures a user gets are the query's for them.
/// </summary>
public sealed class DashboardPageTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private static readonly string[] Crafted =
    [
        "?province=11", "?province=00", "?province=44&province=11", "?province=11&agency=Cyberspace", "?agency=Police", "?from=2020-01-01",
        "?to=tomorrow", "?grain=hour", "?map=population",
    ];

    [Theory, BothProviders]
    public async Task A_provincial_user_cannot_obtain_another_provinces_figures_by_address_export_or_print(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var guangdong = await portal.SignInAsync("gd.admin");
        foreach (var path in new[] { "/dashboards", "/dashboards/export.xlsx", "/dashboards/print.pdf" })
        foreach (var query in Crafted)
        {
            var response = await guangdong.GetAsync(path + query);
            // A repeated parameter: the page reads the first (its own province), the files refuse the ambiguity.
            if (path == "/dashboards" && query.StartsWith("?province=44&", StringComparison.Ordinal))
                Assert.Contains("广东省数据看板", (await HtmlPage.ParseAsync(response)).QuerySelector("h1")!.TextContent);
            else
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}{query}: {(int)response.StatusCode}");
        }

        var page = await HtmlPage.GetAsync(guangdong, "/dashboards?province=44");
        Assert.Contains("广东省数据看板", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("[data-province]"));
        Assert.Contains(page.QuerySelectorAll("[data-testid=tile-link]"), a => a.GetAttribute("href")!.StartsWith("/reports?", StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("a[href*='province=']"), a => Assert.Contains("province=44", a.GetAttribute("href")));
    }

    [Theory, BothProviders]
    public async Task The_export_holds_the_figures_the_query_gives_the_viewer(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var today = ChinaTime.Today(TimeProvider.System);
        var view = new DashboardAddress(DashboardRequest.Last(today, 90, TrendGrain.Week), "reports-per-million");
        var national = await portal.SignInAsync("national.analyst");

        var response = await national.GetAsync("/dashboards/export.xlsx" + view.Query());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["指标", "趋势", "省份"], MiniExcel.GetSheetNames(file));
        var rows = MiniExcel.Query(file, useHeaderRow: true, sheetName: "指标").Cast<IDictionary<string, object?>>().ToList();

        await using var db = portal.CreateDbContext(new ScopedActor(null, IsNational: true));
        var figures = (await new DashboardQuery(db, portal.Services.GetServices<IDashboardTallySource>(), TimeProvider.System)
            .LoadAsync(new DashboardViewer("n", null, IsNational: true), view.Request))!;
        Assert.Equal(figures.Tiles.Count, rows.Count);
        Assert.Equal(figures.Tile("cases.reports").Value, Convert.ToInt64(rows.Single(r => (string?)r["指标"] == "收到举报")["本期"]));
        Assert.Equal(figures.Tile("filings").Value, Convert.ToInt64(rows.Single(r => (string?)r["指标"] == "新增备案")["本期"]));
        Assert.Equal(32, MiniExcel.Query(file, useHeaderRow: true, sheetName: "省份").Count());
    }

    [Theory, BothProviders]
    public async Task The_dashboard_prints_to_pdf_and_the_desks_open_for_their_roles(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var guangdong = await portal.SignInAsync("gd.inspector");
        var pdf = await guangdong.GetAsync("/dashboards/print.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = DocumentPrinting.Text(DocumentPrinting.Save($"dashboard-44-{provider}", await pdf.Content.ReadAsByteArrayAsync()));
        Assert.Contains("广东省数据看板", text);
        Assert.Contains("收到举报", text);
        Assert.DoesNotContain("北京市", text);

        var desk = await HtmlPage.GetAsync(guangdong, "/dashboards/inspector");
        Assert.NotEmpty(desk.QuerySelectorAll("[data-testid=inspector-cases] tbody tr"));
        // The reveals are the auditors': an inspector is sent to the refusal page.
        Assert.NotEqual(HttpStatusCode.OK, (await guangdong.GetAsync("/dashboards/auditor")).StatusCode);

        var auditor = await portal.SignInAsync("auditor");
        var reveals = await HtmlPage.GetAsync(auditor, "/dashboards/auditor");
        Assert.Contains("个人信息查看审计", reveals.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync("/dashboards/auditor?from=someday")).StatusCode);
    }
}
