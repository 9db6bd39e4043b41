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
/// The procedure's time limits as data the national administrator sets (issue 13: the defence deadline, default 5
/// working days, and the measure periods "configurable by the national administrator"): the provincial administrator
/// is refused and nothing changes; values out of range are refused with every problem named; a change is audited
/// old → new and applies to procedures proposed after it, while one proposed before keeps its deadline and period;
/// the page shows provincial staff the values without the form.
/// </summary>
public sealed class ProcedureSettingsTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task The_national_administrator_changes_the_limits_for_procedures_started_afterwards(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var calendar = portal.Services.GetRequiredService<WorkingCalendar>();
        var before = await ProposeSeriousAsync(portal);
        Assert.Equal((36, calendar.AddWorkingDays(before.NoticeIssuedOn, 5)), (before.PeriodMonths, before.DefenceDueOn));

        await using (var arrange = new CreditArrange(portal, National))
        {
            var current = await arrange.Settings.CurrentAsync();
            Assert.Equal((5, 15, 36, 12, (DateTime?)null), (current.DefenceWorkingDays, current.RepairReviewWorkingDays, current.SeriousPeriodMonths, current.MinorPeriodMonths, current.UpdatedUtc));
            var draft = new ProcedureSettingsDraft(7, 20, 24, 6);
            var refused = await arrange.Settings.ChangeAsync(draft, "试图修改", BeijingProposer);
            Assert.Equal(StepStatus.Refused, refused.Status);
            Assert.Contains("国家级管理员", refused.Failure!.Message);
            Assert.Equal(StepStatus.Invalid, (await arrange.Settings.ChangeAsync(draft, " ", NationalAdmin)).Status);
            var outOfRange = (await arrange.Settings.ChangeAsync(new ProcedureSettingsDraft(1, 100, 120, 48), "超出范围", NationalAdmin)).Failure!;
            Assert.Equal(StepStatus.Invalid, outOfRange.Status);
            foreach (var part in new[] { "陈述申辩期限应为 3–30 个工作日", "信用修复审核期限应为 5–60", "严重失信管理期限应为 6–60 个月", "轻微失信管理期限应为 1–36 个月", "(the defence period must be 3–30 working days)" })
                Assert.Contains(part, outOfRange.Message);
            Assert.Contains(ProcedureSettings.Validate(new ProcedureSettingsDraft(5, 15, 12, 24)), p => p.Contains("不应长于严重失信"));

            var saved = (await arrange.Settings.ChangeAsync(draft, "依据新规定调整", NationalAdmin)).Value;
            Assert.Equal(("national.admin", 7), (saved.UpdatedBy, saved.DefenceWorkingDays));
            // Saving the values in force again changes and audits nothing.
            await arrange.Settings.ChangeAsync(draft, "重复保存", NationalAdmin);
        }
        await using (var db = portal.CreateDbContext())
        {
            var audit = await db.AuditEntries.Where(a => a.Action == CreditAuditActions.ProcedureSettingsChanged).ToListAsync();
            var entry = Assert.Single(audit);
            Assert.Equal("DefenceWorkingDays 5 -> 7; RepairReviewWorkingDays 15 -> 20; SeriousPeriodMonths 36 -> 24; MinorPeriodMonths 12 -> 6", entry.Details);
            Assert.Contains("依据新规定调整", entry.Reason);
            var stored = await db.CreditProcedureSettings.SingleAsync();
            Assert.Equal((7, 20, 24, 6), (stored.DefenceWorkingDays, stored.RepairReviewWorkingDays, stored.SeriousPeriodMonths, stored.MinorPeriodMonths));
        }

        // Proposed after the change: the new defaults. Proposed before: its own deadline and period, unchanged.
        var after = await ProposeSeriousAsync(portal);
        Assert.Equal((24, calendar.AddWorkingDays(after.NoticeIssuedOn, 7)), (after.PeriodMonths, after.DefenceDueOn));
        await using (var db = portal.CreateDbContext())
        {
            var kept = await db.UntrustworthyDesignations.SingleAsync(d => d.Id == before.Id);
            Assert.Equal((36, before.DefenceDueOn), (kept.PeriodMonths, kept.DefenceDueOn));
        }

        var guangdong = await HtmlPage.GetAsync(await portal.SignInAsync("gd.admin"), "/credit/settings");
        Assert.Equal("7", guangdong.QuerySelector("[data-testid=read-defence]")!.TextContent.Trim());
        Assert.Equal("24", guangdong.QuerySelector("[data-testid=read-serious]")!.TextContent.Trim());
        Assert.Null(guangdong.QuerySelector("[data-testid=settings-save]"));
        Assert.Contains("national.admin", guangdong.QuerySelector("[data-testid=settings-updated]")!.TextContent);
        var national = await HtmlPage.GetAsync(await portal.SignInAsync("national.admin"), "/credit/settings");
        Assert.NotNull(national.QuerySelector("[data-testid=settings-save]"));
        var anonymous = portal.CreateClient(new() { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/credit/settings")).StatusCode);
    }

    /// <summary>A serious listing proposed by Beijing on a fresh publisher's administrative penalty, with the default period.</summary>
    private static async Task<UntrustworthyDesignation> ProposeSeriousAsync(PortalFactory portal)
    {
        var subject = await FreshPublisherAsync(portal);
        await using var beijing = new CreditArrange(portal, Beijing);
        var penalty = (await beijing.Penalties.RecordAsync(subject.Id, $"京网信罚〔2026〕{Random.Shared.Next(100000, 999999)}号",
            DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), CreditSeverity.Serious, "组织未成年人深夜直播打赏", BeijingProposer)).Value;
        var fact = await beijing.Db.CreditFacts.AsNoTracking().SingleAsync(f => f.SourceType == nameof(AdministrativePenalty) && f.SourceId == penalty!.Id.ToString());
        var procedure = new UntrustworthyProcedure(beijing.Db, beijing.Grading, beijing.Audit, portal.Services.GetRequiredService<WorkingCalendar>(), beijing.Settings, beijing.Clock);
        return (await procedure.ProposeAsync(new DesignationProposal(subject.Id, "serious-minors-harm", [fact.Id], "组织未成年人深夜直播并诱导打赏"), BeijingProposer)).Value;
    }
}
