using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Common;
using Regulator.Domain.EnforcementReports;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Dashboards;

/// <summary>
/// The demo data is a year of history: reports across the categories in realistic proportions, cases closed and
/// overdue, blacklist entries moved over the months, inspections on past dates with findings, and last month's
/// national enforcement report no longer all zeros. The same seed on the same day gives the same data.
/// </summary>
public sealed class DemoHistoryTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new(DatabaseProvider.Sqlite);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task The_seeded_year_has_history_in_every_feature()
    {
        await using var db = _portal.CreateDbContext();
        var now = DateTime.UtcNow;
        var cases = await db.ReportCases.AsNoTracking().Select(c => new { c.CategoryId, c.Status, c.DueUtc, c.FirstReceivedUtc, c.ClosedUtc }).ToListAsync();

        var byCategory = cases.GroupBy(c => c.CategoryId).Select(g => g.Count()).ToList();
        Assert.True(byCategory.Count >= 12, $"{byCategory.Count} categories");
        Assert.True(byCategory.Max() < cases.Count * 0.3, "no category dominates");
        Assert.True(cases.Select(c => (c.FirstReceivedUtc.Year, c.FirstReceivedUtc.Month)).Distinct().Count() >= 12, "reports in every month");
        Assert.True(cases.Count(c => c.Status == CaseStatus.Closed) > cases.Count / 2);
        Assert.Contains(cases, c => c.Status != CaseStatus.Closed && c.DueUtc <= now);
        Assert.Contains(cases, c => c.ClosedUtc > c.DueUtc);
        Assert.All(cases.Where(c => c.ClosedUtc is not null), c => Assert.True(c.ClosedUtc >= c.FirstReceivedUtc && c.ClosedUtc <= now));

        var entries = await db.BlacklistEntries.AsNoTracking().Select(e => new { e.CreatedUtc, e.PublishedUtc, e.State }).ToListAsync();
        Assert.True(entries.Select(e => (e.CreatedUtc.Year, e.CreatedUtc.Month)).Distinct().Count() >= 6);
        Assert.All(entries.Where(e => e.PublishedUtc is not null), e => Assert.True(e.PublishedUtc > e.CreatedUtc));
        Assert.Contains(entries, e => e.State == BlacklistState.Published);

        var inspections = await db.Inspections.AsNoTracking().Where(i => i.FindingCount > 0).Select(i => i.InspectedOn).ToListAsync();
        Assert.True(inspections.Count >= 50);
        Assert.True(inspections.Min() <= ChinaTime.Today(TimeProvider.System).AddDays(-300));
    }

    [Fact]
    public async Task Last_months_national_enforcement_report_has_figures()
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        var figures = await scope.ServiceProvider.GetRequiredService<EnforcementFiguresQuery>()
            .ComputeAsync(ReportScope.National, ReportPeriod.PreviousMonth(ChinaTime.Today(TimeProvider.System)));

        Assert.True(figures.InspectionCount >= 4);
        Assert.True(figures.FindingCount > 0);
        Assert.Contains(figures.Trend, d => d.Findings > 0);
        Assert.NotEmpty(figures.TopReported);
        Assert.NotEmpty(figures.ByProvince);
    }

    [Fact]
    public async Task The_same_seed_on_the_same_day_gives_the_same_data()
    {
        await using var other = new PortalFactory(DatabaseProvider.Sqlite);
        await using var first = _portal.CreateDbContext();
        await using var second = other.CreateDbContext();

        Assert.Equal(await ReportsAsync(first), await ReportsAsync(second));
        Assert.Equal(await EntriesAsync(first), await EntriesAsync(second));
        Assert.Equal(await FindingsAsync(first), await FindingsAsync(second));
    }

    private static async Task<List<string>> ReportsAsync(RegulatorDbContext db) =>
        (await db.Reports.AsNoTracking().OrderBy(r => r.ExternalId).Select(r => new { r.ExternalId, r.CategoryId, r.AccountId, r.ReceivedUtc, r.Case.Status }).ToListAsync())
        .Select(r => r.ToString()).ToList();

    private static async Task<List<string>> EntriesAsync(RegulatorDbContext db) =>
        (await db.BlacklistEntries.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.IdentityMasked, e.State, e.Severity, e.CategoryId }).ToListAsync())
        .Select(e => e.ToString()).ToList();

    private static async Task<List<string>> FindingsAsync(RegulatorDbContext db)
    {
        // The demo's own inspections only: a portal's scheduler may have run a live one since it started.
        var demo = db.Inspections.Where(i => i.RunKey.StartsWith("demo:")).Select(i => i.Id);
        return (await db.Findings.AsNoTracking().Where(f => demo.Contains(f.InspectionId))
                .OrderBy(f => f.Id).Select(f => new { f.PlatformId, f.RuleCode, f.SubjectCount }).ToListAsync())
            .Select(f => f.ToString()).ToList();
    }
}
