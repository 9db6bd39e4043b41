using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Inspections;
using Regulator.Domain.Persistence;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Dashboards;

namespace Regulator.Tests.Inspections;

/// <summary>
/// An inspection's page opens for every reader, and a province reads its own platforms' part of it only; a dashboard's
/// findings figure opens it filtered as the figure counted (the drill link's rule, severity and province), saying so.
/// </summary>
public sealed class InspectionPageTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task An_inspection_opens_and_a_province_sees_only_its_own_platforms(DatabaseProvider provider)
    {
        var portal = portals[provider];
        Inspection inspection;
        await using (var scope = portal.Services.CreateAsyncScope())
            inspection = await scope.ServiceProvider.GetRequiredService<InspectionRunner>().RunAsync($"hostile@{Guid.NewGuid():N}");

        var national = await HtmlPage.GetAsync(await portal.SignInAsync("national.analyst"), $"/jobs/inspections/{inspection.Id}");
        var beijing = await HtmlPage.GetAsync(await portal.SignInAsync("bj.inspector"), $"/jobs/inspections/{inspection.Id}");

        var provinces = (AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("#platform-results tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains(provinces(national), p => p != "北京市");
        Assert.NotEmpty(provinces(beijing));
        Assert.All(provinces(beijing), p => Assert.Equal("北京市", p));
    }

    [Theory, BothProviders]
    public async Task A_dashboard_drill_opens_the_findings_filtered_as_the_figure_counted_them(DatabaseProvider provider)
    {
        var portal = portals[provider];
        Inspection inspection;
        await using (var scope = portal.Services.CreateAsyncScope())
            inspection = await scope.ServiceProvider.GetRequiredService<InspectionRunner>().RunAsync($"drill@{Guid.NewGuid():N}");
        await using var db = portal.CreateDbContext();
        var findings = await db.Findings.AsNoTracking().Where(f => f.InspectionId == inspection.Id).ToListAsync();
        var severity = findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Count()).First().Key;
        var rule = findings.Where(f => f.Severity == severity).GroupBy(f => f.RuleCode).OrderByDescending(g => g.Count()).First().Key;
        var reader = await portal.SignInAsync("national.analyst");

        foreach (var search in new[] { new FindingSearch(inspection.Id, Severity: severity), new FindingSearch(inspection.Id, RuleCode: rule, Severity: severity, ProvinceCode: "11") })
        {
            var expected = (await search.RunAsync(db)).Count;
            var link = DashboardLinks.Findings(search);
            var page = await HtmlPage.GetAsync(reader, link);
            var rows = page.QuerySelectorAll("#findings tbody tr.mud-table-row");
            Assert.Equal(expected, rows.Length);
            Assert.Contains($"显示 {expected} 项，共 {findings.Count} 项", page.QuerySelector("[data-testid=findings-filter-text]")!.TextContent);
            Assert.Equal($"/jobs/inspections/{inspection.Id}#findings", page.QuerySelector("[data-testid=findings-show-all]")!.GetAttribute("href"));
        }
        Assert.True(findings.Count > findings.Count(f => f.Severity == severity), "the filter leaves findings out");

        var all = await HtmlPage.GetAsync(reader, $"/jobs/inspections/{inspection.Id}");
        Assert.Equal(findings.Count, all.QuerySelectorAll("#findings tbody tr.mud-table-row").Length);
        Assert.Null(all.QuerySelector("[data-testid=findings-filter]"));
    }
}
