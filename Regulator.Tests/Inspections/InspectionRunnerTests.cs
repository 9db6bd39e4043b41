using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regulator.Domain.Filings;
using Regulator.Domain.Inspections;
using Regulator.Domain.Inspections.Rules;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;
using Regulator.Domain.Seeding;
using Regulator.Tests.Filings;
using static Regulator.Tests.Filings.FilingTestData;

namespace Regulator.Tests.Inspections;

public sealed class InspectionRunnerTests : IDisposable
{
    private static readonly FilingSource Api = new(SubmissionChannel.Api, "platform:test");

    /// <summary>A month after the filings were made: long enough for a filing still waiting for review to be overdue.</summary>
    private static readonly DemoClock InspectionClock = new(FilingsDatabase.Clock.GetUtcNow().AddDays(30));

    private readonly FilingsDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Each_rule_finds_what_it_looks_for_on_the_platform_it_concerns()
    {
        var expired = await AddPlatformAsync(FilingTestData.Platform(0, "44", newsLicence: true, licenceUntil: new DateOnly(2026, 1, 1)));
        await SubmitAsync(_database.BeijingPlain, Adult("news", kinds: ContentKinds.NewsInformation), Minor(16, null, "m16"), Minor(17, Guardian(), "m17"));
        await SubmitAsync(_database.BeijingNews, Adult("news-ok", kinds: ContentKinds.NewsInformation));
        await SubmitAsync(_database.Guangdong, Minor(15, null, "m15"));
        await using (var db = _database.Context(SystemActor.Instance))
        {
            // Refused at intake; put on air anyway (say by data that predates the rule), which is what inspections are for.
            await db.Filings.Where(f => f.PlatformPublisherId == "m15").ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, FilingStatus.Accepted));
        }

        var inspection = await RunAsync("nightly@1", Rules());

        await using var check = _database.Context(SystemActor.Instance);
        var found = await check.Findings.Include(f => f.Evidence).Where(f => f.InspectionId == inspection.Id).ToListAsync();
        Assert.Equal(
            new[]
            {
                (_database.BeijingNews, "review-overdue", 1),
                (_database.BeijingPlain, "minor-without-consent", 1),
                (_database.BeijingPlain, "news-without-licence", 1),
                (_database.BeijingPlain, "review-overdue", 1),
                (_database.Guangdong, "minor-under-16", 1),
                (expired, "licence-expired", 1),
            }.Order(),
            found.Select(f => (f.PlatformId, f.RuleCode, f.SubjectCount)).Order());
        Assert.Equal((4, 6, 6), (inspection.PlatformCount, inspection.FindingCount, found.Count));
        Assert.True(inspection.IsCompleted);

        var underSixteen = Assert.Single(found.Single(f => f.RuleCode == "minor-under-16").Evidence);
        Assert.Matches(@"^\d{6}\*{8}[\dX]{4}$", underSixteen.MaskedIdentity);
        Assert.Contains("15 周岁", underSixteen.Description);
        Assert.StartsWith("/filings/", underSixteen.RecordHref);
        Assert.Equal(FindingSeverity.Severe, found.Single(f => f.RuleCode == "minor-under-16").Severity);
    }

    [Fact]
    public async Task Report_cases_past_their_deadline_are_a_finding_against_the_platform_reported()
    {
        var now = InspectionClock.GetUtcNow().UtcDateTime;
        await using (var db = _database.Context(SystemActor.Instance))
        {
            var category = ReportTaxonomy.Seed[0];
            db.ReportCases.AddRange(
                Case("overdue", _database.BeijingPlain, CaseStatus.InProgress, due: now.AddDays(-3)),
                Case("closed-late", _database.BeijingPlain, CaseStatus.Closed, due: now.AddDays(-3)),
                Case("in-time", _database.BeijingPlain, CaseStatus.Open, due: now.AddDays(2)),
                Case("elsewhere", _database.Guangdong, CaseStatus.Open, due: now.AddDays(-1)));
            await db.SaveChangesAsync();

            ReportCase Case(string account, int platformId, CaseStatus status, DateTime due) => new()
            {
                CaseKey = $"key-{account}", CategoryId = category.Id, Agency = category.Agency, ProvinceCode = platformId == _database.Guangdong ? "44" : "11",
                PlatformId = platformId, AccountLabel = account, Status = status, ReportCount = 4,
                FirstReceivedUtc = due.AddDays(-10), LastReceivedUtc = due.AddDays(-9), DueUtc = due,
            };
        }

        var inspection = await RunAsync("nightly@4", [new ReportsOverdueRule()]);

        await using var check = _database.Context(SystemActor.Instance);
        var found = await check.Findings.Include(f => f.Evidence).Where(f => f.InspectionId == inspection.Id).OrderBy(f => f.PlatformId).ToListAsync();
        Assert.Equal([(_database.BeijingPlain, 1), (_database.Guangdong, 1)], found.Select(f => (f.PlatformId, f.SubjectCount)));
        var evidence = Assert.Single(found[0].Evidence);
        Assert.Contains("账号 overdue", evidence.Description);
        Assert.Contains("已逾期 3 天", evidence.Description);
        Assert.StartsWith("/reports/cases/", evidence.RecordHref);
    }

    [Fact]
    public async Task A_second_run_of_the_same_inspection_carries_on_where_the_first_stopped_and_doubles_nothing()
    {
        await SubmitAsync(_database.BeijingPlain, Adult("news", kinds: ContentKinds.NewsInformation));
        await SubmitAsync(_database.Guangdong, Adult("news", kinds: ContentKinds.NewsInformation));

        // The first attempt dies on the second platform, after the first one was saved.
        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync("nightly@2", [.. Rules(), new FailingRule(_database.BeijingPlain)]));
        await using (var db = _database.Context(SystemActor.Instance))
        {
            Assert.Equal([_database.BeijingNews], await db.PlatformInspections.Select(p => p.PlatformId).ToListAsync());
            Assert.False((await db.Inspections.SingleAsync()).IsCompleted);
        }

        var resumed = await RunAsync("nightly@2", Rules());
        var again = await RunAsync("nightly@2", Rules());

        await using var check = _database.Context(SystemActor.Instance);
        Assert.Equal(resumed.Id, again.Id);
        Assert.Single(await check.Inspections.ToListAsync());
        Assert.Equal(3, await check.PlatformInspections.CountAsync());
        Assert.Equal(
            new[] { (_database.BeijingPlain, "news-without-licence"), (_database.Guangdong, "news-without-licence") }.Order(),
            (await check.Findings.Select(f => new { f.PlatformId, f.RuleCode }).ToListAsync()).Select(f => (f.PlatformId, f.RuleCode)).Order());
    }

    [Fact]
    public async Task A_province_reads_only_its_own_platforms_findings()
    {
        await SubmitAsync(_database.BeijingPlain, Adult("news", kinds: ContentKinds.NewsInformation));
        await SubmitAsync(_database.Guangdong, Adult("news", kinds: ContentKinds.NewsInformation));
        await RunAsync("nightly@3", Rules());

        await using var guangdong = _database.Context(FilingsDatabase.Staff("44"));
        Assert.All(await guangdong.Findings.ToListAsync(), f => Assert.Equal(_database.Guangdong, f.PlatformId));
        Assert.Equal([_database.Guangdong], await guangdong.PlatformInspections.Select(p => p.PlatformId).ToListAsync());
    }

    private static IInspectionRule[] Rules()
    {
        var minors = new MinorPublishers(Protector());
        return [new MinorUnderSixteenRule(minors), new MinorWithoutConsentRule(minors), new NewsWithoutLicenceRule(), new ExpiredLicenceRule(), new ReviewOverdueRule()];
    }

    private async Task<Inspection> RunAsync(string runKey, IEnumerable<IInspectionRule> rules)
    {
        await using var db = _database.Context(SystemActor.Instance);
        return await new InspectionRunner(db, rules, Options.Create(new InspectionOptions()), InspectionClock).RunAsync(runKey);
    }

    private async Task SubmitAsync(int platformId, params FilingDraft[] drafts)
    {
        await using var db = _database.Context(SystemActor.Instance);
        Assert.True((await new FilingIntake(db, Protector(), FilingsDatabase.Clock).SubmitAsync(platformId, drafts, Api)).Succeeded);
    }

    private async Task<int> AddPlatformAsync(Domain.Platforms.Platform platform)
    {
        await using var db = _database.Context(SystemActor.Instance);
        platform.Licences.ForEach(l => l.PlatformId = 0);
        db.Platforms.Add(platform);
        await db.SaveChangesAsync();
        return platform.Id;
    }

    /// <summary>Stands for a node dying in the middle of a platform.</summary>
    private sealed class FailingRule(int platformId) : IInspectionRule
    {
        public string Code => "failing";
        public FindingCategory Category => FindingCategory.Licensing;
        public FindingSeverity Severity => FindingSeverity.Minor;
        public string Article => "CAC-5";

        public Task<FindingDraft?> InspectAsync(PlatformUnderInspection subject, CancellationToken ct) =>
            subject.Platform.Id == platformId ? throw new InvalidOperationException("node stopped") : Task.FromResult<FindingDraft?>(null);
    }
}
