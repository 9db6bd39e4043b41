using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Regulator.Domain.Credit;
using Regulator.Domain.Identity;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Credit;

/// <summary>
/// The credit pages in a real Chromium, clicked as people would: a penalty recorded on a subject's page moves its grade
/// and history chart; the listing procedure is proposed, defended, refused to its proposer, decided by a colleague,
/// published and repaired; a model draft is previewed and published; another province's subject typed into the
/// address inside the circuit shows nothing of it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CreditPagesBrowserTests(BrowserFixture browser, KestrelPortal portal)
{
    private const float StepTimeout = 60_000;

    [Fact]
    public async Task A_listing_is_proposed_defended_decided_by_a_colleague_published_and_repaired_through_the_pages()
    {
        var subject = await CreditArrange.FreshPublisherAsync(portal);
        var number = $"京网信罚〔2026〕{Random.Shared.Next(100000, 999999)}号";
        var proposer = await NewPageAsync("bj.admin");

        // A penalty recorded on the subject's page is in the explanation and the history chart at once.
        await proposer.GotoInteractiveAsync($"/credit/subjects/{subject.Id}");
        await proposer.GetByText("记录行政处罚").First.ClickAsync();
        await Field(proposer, "penalty-number").FillAsync(number);
        await Field(proposer, "penalty-summary").FillAsync("组织未成年人深夜直播");
        await proposer.Locator("[data-testid=record-penalty]").ClickAsync();
        await Assertions.Expect(proposer.Locator("[data-testid=explanation]")).ToContainTextAsync(number);
        await Assertions.Expect(proposer.Locator(".chart-figure canvas").First).ToBeAttachedAsync();
        await using (var db = portal.CreateDbContext())
        {
            var score = (await db.CreditSubjects.SingleAsync(s => s.Id == subject.Id)).Score;
            Assert.True(score < 100);
            await Assertions.Expect(proposer.Locator("[data-testid=total]")).ToHaveTextAsync(score.ToString());
        }

        // Proposal: the criterion, the fact, the narrative; the notice is printed.
        await proposer.Locator("[data-testid=propose]").ClickAsync();
        await proposer.WaitForPageAsync($"/credit/subjects/{subject.Id}/propose");
        await proposer.Locator("[data-testid=criterion]").First.ClickAsync();
        await proposer.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "严重损害未成年人" }).ClickAsync();
        await proposer.Locator("label").Filter(new() { HasText = number }).ClickAsync();
        await Field(proposer, "narrative").FillAsync("组织未成年人深夜直播，经行政处罚。");
        await proposer.Locator("[data-testid=submit-proposal]").ClickAsync();
        await proposer.WaitForURLAsync(url => url.Contains("/credit/designations/"));
        var designationId = long.Parse(new Uri(proposer.Url).AbsolutePath.Split('/')[^1]);
        await Assertions.Expect(proposer.Locator("[data-testid=notice-pdf]")).ToBeVisibleAsync();

        // The party's defence, then the proposer is refused the decision by the step itself.
        await Field(proposer, "statement").FillAsync("已停止相关直播并整改。");
        await proposer.Locator("[data-testid=record-defence]").ClickAsync();
        await Assertions.Expect(proposer.Locator("[data-testid=steps]")).ToContainTextAsync("陈述申辩");
        await DecideAsync(proposer, "decide-list", "情节严重。");
        await Assertions.Expect(proposer.Locator("[data-testid=step-error]")).ToContainTextAsync("提出认定的人员不能作出决定");

        // A colleague decides: listed, the decision printed, published on the public register.
        var colleague = await NewPageAsync(await portal.CreateUserAsync(RegulatorRoles.ProvincialAdmin, "11"));
        await colleague.GotoInteractiveAsync($"/credit/designations/{designationId}");
        await DecideAsync(colleague, "decide-list", "情节严重，陈述申辩理由不成立。");
        await Assertions.Expect(colleague.Locator("[data-testid=decision-pdf]")).ToBeVisibleAsync();
        await Assertions.Expect(colleague.Locator("[data-testid=listing-period]")).ToBeVisibleAsync();
        await colleague.GotoAsync("/credit/public");
        await Assertions.Expect(colleague.Locator($"tr[data-designation='{designationId}']")).ToContainTextAsync(subject.Name[..1] + "*");

        // Credit repair: applied for with evidence and a commitment, granted, removed.
        await colleague.GotoInteractiveAsync($"/credit/designations/{designationId}");
        await Field(colleague, "evidence").FillAsync("整改报告及平台出具的证明。");
        await Field(colleague, "commitment").FillAsync("承诺不再组织未成年人直播。");
        await colleague.Locator("[data-testid=repair-apply]").ClickAsync();
        await DecideAsync(colleague, "repair-grant", "已纠正，准予修复。");
        await Assertions.Expect(colleague.Locator("[data-testid=procedure]")).ToContainTextAsync("信用修复");
        await using (var db = portal.CreateDbContext())
            Assert.Equal(DesignationState.Removed, (await db.UntrustworthyDesignations.SingleAsync(d => d.Id == designationId)).State);
    }

    [Fact]
    public async Task A_provincial_reader_typing_another_provinces_subject_inside_the_circuit_sees_nothing_of_it()
    {
        CreditSubject guangdong;
        await using (var db = portal.CreateDbContext())
            guangdong = await db.CreditSubjects.Where(s => s.ProvinceCode == "44" && s.Kind == CreditSubjectKind.Platform).OrderBy(s => s.Id).FirstAsync();
        var page = await NewPageAsync("bj.admin");
        await page.GotoInteractiveAsync("/credit");
        await page.WaitForListAsync();

        await page.EvaluateAsync("url => Blazor.navigateTo(url)", $"/credit/subjects/{guangdong.Id}");
        await page.WaitForPageAsync($"/credit/subjects/{guangdong.Id}");

        // The router's not-found page, as for an address that names nothing.
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("404");
        Assert.DoesNotContain(guangdong.Name, await page.ContentAsync());
    }

    [Fact]
    public async Task The_national_administrator_drafts_previews_and_publishes_a_model()
    {
        var page = await NewPageAsync("national.admin");
        await page.GotoInteractiveAsync("/credit/models/new");
        await Field(page, "notes").FillAsync("浏览器测试：提高抽查合格加分");
        await page.Locator("[data-testid=save-draft]").ClickAsync();
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, @"/credit/models/\d+$"));
        var version = int.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1]);

        await page.Locator("[data-testid=preview]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=preview-table] tbody tr").First).ToBeVisibleAsync();
        await DecideAsync(page, "publish", "测试发布");
        await Assertions.Expect(page.Locator(".status-chip").First).ToHaveTextAsync("现行");
        await using var db = portal.CreateDbContext();
        Assert.Equal(CreditModelState.Published, (await db.CreditRatingModels.SingleAsync(m => m.Version == version)).State);
    }

    [Fact]
    public async Task The_national_administrator_sets_a_holiday_and_the_deadline_count_on_the_page_follows_it()
    {
        // A weekday of a year no other test touches.
        var monday = new DateOnly(2033, 3, 7);
        await using (var db = portal.CreateDbContext())
            await db.CalendarAdjustments.Where(a => a.Day == monday).ExecuteDeleteAsync();
        var page = await NewPageAsync("national.admin");
        await page.GotoInteractiveAsync("/credit/calendar?year=2033");
        await Field(page, "deadline-from").FillAsync("2033-03-04");
        await Field(page, "deadline-days").FillAsync("1");
        await Field(page, "deadline-days").PressAsync("Tab");
        await Assertions.Expect(page.Locator("[data-testid=deadline-result]")).ToContainTextAsync("2033-03-07");

        await Field(page, "calendar-day").FillAsync("2033-03-07");
        await Field(page, "calendar-name").FillAsync("浏览器测试假日");
        await DecideAsync(page, "calendar-save", "国办发明电〔2032〕测试号");
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("2033-03-07");
        await Assertions.Expect(page.Locator("[data-testid=calendar] tr[data-day='2033-03-07']")).ToContainTextAsync("浏览器测试假日");
        // The count on the page now skips the new holiday.
        await Field(page, "deadline-days").FillAsync("2");
        await Field(page, "deadline-days").PressAsync("Tab");
        await Assertions.Expect(page.Locator("[data-testid=deadline-result]")).ToContainTextAsync("2033-03-09");

        await DecideAsync(page, "calendar-remove", "测试结束");
        await Assertions.Expect(page.Locator("[data-testid=calendar] tr[data-day='2033-03-07']")).ToHaveCountAsync(0);
        await using (var db = portal.CreateDbContext())
            Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == CreditAuditActions.CalendarChanged && a.RecordId == "2033-03-07"));
    }

    [Fact]
    public async Task The_national_administrator_changes_the_procedure_limits_and_a_provincial_administrator_only_reads_them()
    {
        var page = await NewPageAsync("national.admin");
        await page.GotoInteractiveAsync("/credit/settings");
        await Field(page, "settings-defence").FillAsync("7");
        // Each field keeps to its range itself; a minor period longer than the serious one is refused before any dialog.
        await Field(page, "settings-serious").FillAsync("6");
        await Field(page, "settings-serious").PressAsync("Tab");
        await page.Locator("[data-testid=settings-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=step-error]")).ToContainTextAsync("轻微失信的管理期限不应长于严重失信");
        await Field(page, "settings-serious").FillAsync("36");
        await Field(page, "settings-minor").FillAsync("18");
        await Field(page, "settings-minor").PressAsync("Tab");
        await DecideAsync(page, "settings-save", "浏览器测试：依据新规定调整");
        await Assertions.Expect(page.Locator("[data-testid=settings-updated]")).ToContainTextAsync("national.admin");
        await using (var db = portal.CreateDbContext())
        {
            var stored = await db.CreditProcedureSettings.SingleAsync();
            Assert.Equal((7, 15, 36, 18), (stored.DefenceWorkingDays, stored.RepairReviewWorkingDays, stored.SeriousPeriodMonths, stored.MinorPeriodMonths));
            Assert.Contains(await db.AuditEntries.Where(a => a.Action == CreditAuditActions.ProcedureSettingsChanged).Select(a => a.Details!).ToListAsync(),
                d => d == "DefenceWorkingDays 5 -> 7; MinorPeriodMonths 12 -> 18");
        }

        var provincial = await NewPageAsync("bj.admin");
        await provincial.GotoInteractiveAsync("/credit/settings");
        await Assertions.Expect(provincial.Locator("[data-testid=read-defence]")).ToHaveTextAsync("7");
        await Assertions.Expect(provincial.Locator("[data-testid=settings-save]")).ToHaveCountAsync(0);

        // Back to the configured defaults for the other browser tests on this portal.
        await using (var db = portal.CreateDbContext())
            await db.CreditProcedureSettings.ExecuteDeleteAsync();
    }

    /// <summary>Clicks a step's button and answers its dialog with a reason.</summary>
    private static async Task DecideAsync(IPage page, string button, string reason)
    {
        await page.Locator($"[data-testid={button}]").ClickAsync();
        await Field(page, "confirm-reason").FillAsync(reason);
        await page.Locator("[data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=confirm-dialog]")).ToHaveCountAsync(0);
    }

    /// <summary>The text box of a MudBlazor field, wherever the field puts its test id.</summary>
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"textarea[data-testid={testId}], input[data-testid={testId}], [data-testid={testId}] textarea, [data-testid={testId}] input").First;

    private async Task<IPage> NewPageAsync(string userName)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = portal.Address.ToString(), Locale = PortalText.Chinese });
        context.SetDefaultTimeout(StepTimeout);
        Assertions.SetDefaultExpectTimeout(StepTimeout);
        var page = await context.NewPageAsync();
        await page.SignInAsync(userName);
        return page;
    }
}
