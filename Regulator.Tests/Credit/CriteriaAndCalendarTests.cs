using Regulator.Domain.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Credit;
using Regulator.Domain.Reports;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Credit.CreditArrange;

namespace Regulator.Tests.Credit;

/// <summary>
/// The listing criteria and the holiday calendar as data (issue 13): only the national administrator changes them,
/// each change audited; a withdrawn criterion cannot be cited; a holiday set by the administrator moves the next
/// deadline counted by the portal's working calendar and its removal moves it back; provincial staff read both pages
/// without the editing controls.
/// </summary>
public sealed class CriteriaAndCalendarTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task Only_the_national_administrator_edits_a_criterion_and_a_withdrawn_one_cannot_be_cited(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var code = $"minor-test-{Guid.NewGuid():N}"[..24];
        var draft = new CriterionDraft(code, DesignationLevel.Minor, "测试：一年内多次被平台处置", "《文化和旅游市场信用管理规定》（测试）",
            [CreditFactKind.PlatformMeasure], 2, ["约谈提醒"]);
        var subject = await FreshPublisherAsync(portal);
        await using (var arrange = new CreditArrange(portal, National))
        {
            var criteria = new ListingCriteria(arrange.Db, arrange.Audit);
            Assert.Equal(StepStatus.Refused, (await criteria.CreateAsync(draft, "试图新增", BeijingProposer)).Status);
            Assert.Contains(ListingCriteria.Validate(draft with { FactKinds = [CreditFactKind.SpotCheckPassed] }), p => p.Contains("守信事实"));
            var created = (await criteria.CreateAsync(draft, "依据新规定新增", NationalAdmin)).Value;
            Assert.True(created.Id >= 4);
            Assert.True((await criteria.UpdateAsync(draft with { MinimumFacts = 3, DefaultMeasures = ["约谈提醒", "提高抽查比例"] }, "增加措施", NationalAdmin)).Succeeded);
            Assert.Equal(StepStatus.Conflict, (await criteria.CreateAsync(draft, "重复新增", NationalAdmin)).Status);
            Assert.Equal(StepStatus.NotFound, (await criteria.UpdateAsync(draft with { Code = "no-such-criterion" }, "不存在", NationalAdmin)).Status);
            Assert.Equal(StepStatus.Refused, (await criteria.WithdrawAsync(code, true, "试图停用", GuangdongAdmin)).Status);
            Assert.True((await criteria.WithdrawAsync(code, true, "规定废止", NationalAdmin)).Succeeded);
        }
        await using (var arrange = new CreditArrange(portal, Beijing))
        {
            Assert.DoesNotContain(await arrange.Procedure.CriteriaAsync(), c => c.Code == code);
            var refused = await arrange.Procedure.ProposeAsync(new DesignationProposal(subject.Id, code, [], "测试"), BeijingProposer);
            Assert.Equal(StepStatus.Invalid, refused.Status);
            Assert.Contains("已停用", refused.Failure!.FieldErrors[nameof(DesignationProposal.CriterionCode)]);
        }
        await using (var db = portal.CreateDbContext())
        {
            var stored = await db.UntrustworthyCriteria.SingleAsync(c => c.Code == code);
            Assert.Equal((3, true), (stored.MinimumFacts, stored.Withdrawn));
            Assert.Equal(["created", "edited", "withdrawn"], await db.AuditEntries.Where(a => a.Action == CreditAuditActions.CriterionChanged && a.RecordId == code)
                .OrderBy(a => a.Id).Select(a => a.Details!).ToListAsync());
        }

        var guangdong = await HtmlPage.GetAsync(await portal.SignInAsync("gd.admin"), "/credit/criteria");
        var row = guangdong.QuerySelector($"[data-testid=criteria] tr[data-code='{code}']")!;
        Assert.Contains("已停用", row.TextContent);
        Assert.NotNull(guangdong.QuerySelector("[data-testid=criteria] tr[data-code='serious-minors-harm']"));
        Assert.Null(guangdong.QuerySelector("[data-testid=new-criterion]"));
        Assert.Null(guangdong.QuerySelector("[data-testid=edit-criterion]"));
        var national = await HtmlPage.GetAsync(await portal.SignInAsync("national.admin"), "/credit/criteria");
        Assert.NotNull(national.QuerySelector("[data-testid=new-criterion]"));
        Assert.NotNull(national.QuerySelector($"tr[data-code='{code}'] [data-testid=withdraw-criterion]"));
    }

    [Theory, BothProviders]
    public async Task A_holiday_set_by_the_national_administrator_moves_the_next_deadline_and_its_removal_moves_it_back(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var calendar = portal.Services.GetRequiredService<WorkingCalendar>();
        // The seeded State Council notice is loaded at start-up: National Day 2026 (1–7 October) and its make-up Saturday (10 October).
        Assert.Equal(new DateOnly(2026, 10, 8), calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 1));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 10)));

        // A weekday of a year of its own per provider, so the two runs and the other tests do not meet.
        var year = provider == DatabaseProvider.Sqlite ? 2031 : 2032;
        var monday = new DateOnly(year, 3, 1);
        while (monday.DayOfWeek != DayOfWeek.Monday) monday = monday.AddDays(1);
        var friday = monday.AddDays(-3);
        Assert.Equal(monday, calendar.AddWorkingDays(friday, 1));
        await using (var arrange = new CreditArrange(portal, National))
        {
            var holidays = new HolidayCalendar(arrange.Db, calendar, arrange.Audit, arrange.Clock);
            Assert.Equal(StepStatus.Refused, (await holidays.SetAsync(monday, CalendarDayKind.Holiday, "测试假日", "试图调整", BeijingProposer)).Status);
            Assert.Equal(StepStatus.Invalid, (await holidays.SetAsync(monday, CalendarDayKind.MakeUpWorkday, "测试", "周一不能调休上班", NationalAdmin)).Status);
            Assert.True((await holidays.SetAsync(monday, CalendarDayKind.Holiday, "测试假日", "国办发明电〔测试〕", NationalAdmin)).Succeeded);
            Assert.Equal(monday.AddDays(1), calendar.AddWorkingDays(friday, 1));
            // A five-working-day defence period from that Friday now ends on the next Monday instead of the Friday before it.
            Assert.Equal(monday.AddDays(7), calendar.AddWorkingDays(friday, 5));

            var page = await HtmlPage.GetAsync(await portal.SignInAsync("gd.admin"), $"/credit/calendar?year={year}");
            Assert.Contains("测试假日", page.QuerySelector($"[data-testid=calendar] tr[data-day='{monday:yyyy-MM-dd}']")!.TextContent);
            Assert.Null(page.QuerySelector("[data-testid=calendar-form]"));
            Assert.Null(page.QuerySelector("[data-testid=calendar-remove]"));
            var national = await HtmlPage.GetAsync(await portal.SignInAsync("national.admin"), $"/credit/calendar?year={year}");
            Assert.NotNull(national.QuerySelector("[data-testid=calendar-form]"));

            Assert.Equal(StepStatus.Refused, (await holidays.RemoveAsync(monday, "试图删除", GuangdongAdmin)).Status);
            Assert.True((await holidays.RemoveAsync(monday, "通知撤回", NationalAdmin)).Succeeded);
            Assert.Equal(StepStatus.NotFound, (await holidays.RemoveAsync(monday, "已无调整", NationalAdmin)).Status);
            Assert.Equal(monday, calendar.AddWorkingDays(friday, 1));
        }
        await using var db = portal.CreateDbContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == CreditAuditActions.CalendarChanged && a.RecordId == monday.ToString("yyyy-MM-dd")));
        Assert.False(await db.CalendarAdjustments.AnyAsync(a => a.Day == monday));
    }

    [Theory, BothProviders]
    public async Task The_pages_answer_every_staff_member_and_refuse_the_signed_out(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var anonymous = portal.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var path in new[] { "/credit/criteria", "/credit/calendar" })
        {
            Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(path)).StatusCode);
            var page = await HtmlPage.GetAsync(await portal.SignInAsync("bj.admin"), path);
            Assert.NotNull(page.QuerySelector("[data-testid=criteria], [data-testid=calendar], [data-testid=deadline-check]"));
        }
    }
}
