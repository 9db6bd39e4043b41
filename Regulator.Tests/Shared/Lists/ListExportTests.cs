using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Regulator.Domain.Auditing;
using Regulator.Domain.SpotChecks;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Shared.Lists;

/// <summary>
/// The one export endpoint: any registered list, whole, with the filters of the address it was asked from, scoped to
/// the reader's province like the page, and audited.
/// </summary>
public sealed class ListExportTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task An_xlsx_export_holds_every_row_the_filters_match(DatabaseProvider provider)
    {
        var portal = portals[provider];
        int expected;
        await using (var db = portal.CreateDbContext()) expected = await db.Platforms.CountAsync(p => p.ProvinceCode == "44");
        var client = await portal.SignInAsync("national.admin");

        var response = await client.GetAsync("/export/platforms.xlsx?province=44&sort=name");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var rows = MiniExcel.Query(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal("广东省", r["登记省份"]));
        var names = rows.Select(r => (string)r["平台名称"]).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names, StringComparer.Ordinal);
        await using var check = portal.CreateDbContext();
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Action == AuditActions.ListExported && a.RecordId == "platforms" && a.UserName == "national.admin"));
    }

    [Theory, BothProviders]
    public async Task A_provincial_reader_exports_only_their_province_whatever_the_address_asks(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var client = await portal.SignInAsync("bj.admin");

        var everything = await client.GetStringAsync("/export/platforms.csv");
        var guangdong = await client.GetStringAsync("/export/platforms.csv?province=44");

        await using var db = portal.CreateDbContext();
        var beijing = await db.Platforms.Where(p => p.ProvinceCode == "11").Select(p => p.Name).ToListAsync();
        var others = await db.Platforms.Where(p => p.ProvinceCode != "11").Select(p => p.Name).ToListAsync();
        Assert.All(beijing, name => Assert.Contains(name, everything));
        Assert.All(others, name => Assert.DoesNotContain(name, everything));
        // The column titles with no rows under them, not a blank file.
        Assert.Equal("平台名称", Assert.Single(guangdong.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Split(',')[0]);
    }

    [Fact]
    public async Task An_empty_xlsx_export_still_has_its_column_titles()
    {
        var client = await portals[DatabaseProvider.Sqlite].SignInAsync("bj.admin");

        var bytes = await client.GetByteArrayAsync("/export/platforms.xlsx?province=44");

        var header = Assert.Single(MiniExcel.Query(new MemoryStream(bytes)).Cast<IDictionary<string, object>>());
        Assert.Equal("平台名称", header["A"]);
    }

    [Fact]
    public async Task A_day_column_is_written_as_the_day_alone_in_both_formats()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var client = await portal.SignInAsync("national.admin");
        await using var db = portal.CreateDbContext();
        var plan = await db.SpotCheckPlans.OrderBy(p => p.Id).FirstAsync();
        var day = plan.PeriodStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var csv = await client.GetStringAsync($"/export/spot-check-plans.csv?q={Uri.EscapeDataString(plan.Title)}");
        var xlsx = await client.GetByteArrayAsync($"/export/spot-check-plans.xlsx?q={Uri.EscapeDataString(plan.Title)}");

        Assert.Contains("," + day + ",", csv);
        Assert.DoesNotContain(day + " 00:00", csv);
        var row = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object>>().First();
        Assert.Contains(day, row.Values.OfType<string>());
    }

    [Fact]
    public async Task An_export_the_role_may_not_read_is_refused_with_403_not_a_page_that_looks_like_success()
    {
        var client = await portals[DatabaseProvider.Sqlite].SignInAsync("bj.admin");

        var response = await client.GetAsync("/export/audit.csv");

        var denied = response.RedirectTarget();
        Assert.StartsWith("/account/denied", denied);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(denied)).StatusCode);
    }

    [Fact]
    public async Task A_csv_export_starts_with_a_byte_order_mark_and_defuses_formulas()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        await using (var db = portal.CreateDbContext())
        {
            var platform = await db.Platforms.OrderBy(p => p.Id).FirstAsync();
            platform.Name = "=HYPERLINK(\"http://evil\")";
            await db.SaveChangesAsync();
        }
        var client = await portal.SignInAsync("national.admin");

        var bytes = await (await client.GetAsync("/export/platforms.csv?q=HYPERLINK")).Content.ReadAsByteArrayAsync();

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("平台名称,", text);
        Assert.Contains("'=HYPERLINK", text);
    }

    [Fact]
    public async Task An_unknown_list_or_format_is_not_found()
    {
        var client = await portals[DatabaseProvider.Sqlite].SignInAsync("national.admin");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/export/nothing.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/export/platforms.pdf")).StatusCode);
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        var response = await portals[DatabaseProvider.Sqlite].CreatePortalClient().GetAsync("/export/platforms.xlsx");

        Assert.StartsWith(PortalSignIn.LoginPath, response.RedirectTarget());
    }
}
