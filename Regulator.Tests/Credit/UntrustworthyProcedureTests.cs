using Regulator.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Credit;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Reports;
using static Regulator.Tests.Credit.CreditArrange;

namespace Regulator.Tests.Credit;

/// <summary>The procedure on the real database: scoping, separation of duties, effect on the grade and the register, removal by the job and by repair.</summary>
public sealed class UntrustworthyProcedureTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private static async Task<(CreditSubject Subject, CreditFact Fact)> SubjectWithPenaltyAsync(PortalFactory portal)
    {
        var subject = await FreshPublisherAsync(portal);
        await using var arrange = new CreditArrange(portal, Beijing);
        var penalty = (await arrange.Penalties.RecordAsync(subject.Id, $"京文旅罚〔2026〕{Random.Shared.Next(100000, 999999)}号", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3),
            CreditSeverity.Serious, "组织未成年人深夜直播", BeijingProposer)).Value;
        var fact = await arrange.Db.CreditFacts.AsNoTracking().SingleAsync(f => f.SourceType == nameof(AdministrativePenalty) && f.SourceId == penalty!.Id.ToString());
        return (subject, fact);
    }

    [Theory, BothProviders]
    public async Task A_listing_runs_from_proposal_to_publication_with_the_proposer_kept_from_deciding_and_other_provinces_kept_out(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var (subject, fact) = await SubjectWithPenaltyAsync(portal);
        await using var beijing = new CreditArrange(portal, Beijing);
        await using var guangdong = new CreditArrange(portal, Guangdong);

        Assert.Equal(StepStatus.NotFound, (await guangdong.Procedure.ProposeAsync(new DesignationProposal(subject.Id, "serious-minors-harm", [fact.Id], "越权"), GuangdongAdmin)).Status);
        var designation = (await beijing.Procedure.ProposeAsync(new DesignationProposal(subject.Id, "serious-minors-harm", [fact.Id], "组织未成年人深夜直播，情节严重"), BeijingProposer)).Value;
        Assert.Equal(DesignationState.Proposed, designation.State);
        Assert.Equal(StepStatus.Conflict, (await beijing.Procedure.ProposeAsync(new DesignationProposal(subject.Id, "serious-minors-harm", [fact.Id], "重复"), BeijingProposer)).Status);

        // Another province: not found, nothing changed, nothing audited as read.
        Assert.Null(await guangdong.Procedure.ReadAsync(designation.Id));
        Assert.Equal(StepStatus.NotFound, (await guangdong.Procedure.RecordDefenceAsync(designation.Id, "越权", [], DateOnly.FromDateTime(DateTime.UtcNow), GuangdongAdmin)).Status);
        Assert.Equal(StepStatus.NotFound, (await guangdong.Procedure.DecideAsync(designation.Id, true, "越权", GuangdongAdmin)).Status);
        await using (var db = portal.CreateDbContext())
            Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == CreditAuditActions.DesignationViewed && a.RecordId == designation.Id.ToString()));

        await beijing.Procedure.RecordDefenceAsync(designation.Id, "当事人称已整改", ["申辩书.pdf"], DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), BeijingProposer);
        Assert.Equal(StepStatus.Refused, (await beijing.Procedure.DecideAsync(designation.Id, true, "认定", BeijingProposer)).Status);
        var decided = (await beijing.Procedure.DecideAsync(designation.Id, true, "申辩理由不成立，依法认定", BeijingDecider)).Value;
        Assert.Equal(DesignationState.Listed, decided.State);
        Assert.Equal(subject.Name[..1] + "*", decided.PublicName);
        Assert.Equal(subject.Code, decided.PublicCode);
        Assert.Contains("*", decided.PublicCode);

        var graded = await beijing.Db.CreditSubjects.AsNoTracking().SingleAsync(s => s.Id == subject.Id);
        Assert.Equal((CreditGrade.D, DesignationLevel.Serious), (graded.Grade, graded.Designation!.Value));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        Assert.Contains(await UntrustworthyRegister.DesignatedPublishers(beijing.Db, today).ToListAsync(), d => d.BlindIndex.SequenceEqual(subject.IdentityBlindIndex!));
        Assert.NotEmpty(await UntrustworthyRegister.FilingsOfDesignatedPublishers(beijing.Db, today).Where(f => f.IdentityBlindIndex == subject.IdentityBlindIndex).ToListAsync());
        Assert.Contains(await UntrustworthyRegister.Published(beijing.Db).Select(d => d.Id).ToListAsync(), id => id == designation.Id);

        var read = await beijing.Procedure.ReadAsync(designation.Id);
        Assert.Equal(["proposed", "notice-issued", "defence-recorded", "decided", "published"], read!.History.Select(h => h.Step));
        await using (var db = portal.CreateDbContext())
        {
            var steps = await db.AuditEntries.Where(a => a.Action == CreditAuditActions.DesignationStep && a.RecordId == designation.Id.ToString()).CountAsync();
            Assert.Equal(3, steps);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == CreditAuditActions.DesignationViewed && a.RecordId == designation.Id.ToString()));
        }
    }

    [Theory, BothProviders]
    public async Task The_daily_job_removes_a_listing_after_its_last_day_and_repair_removes_one_early_both_published_as_removed(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var (subject, fact) = await SubjectWithPenaltyAsync(portal);
        await using var beijing = new CreditArrange(portal, Beijing);
        var designation = (await beijing.Procedure.ProposeAsync(new DesignationProposal(subject.Id, "serious-heavy-penalty", [fact.Id], "受到较重行政处罚", PeriodMonths: 1), BeijingProposer)).Value;
        await beijing.Procedure.RecordDefenceAsync(designation.Id, "无异议", [], DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), BeijingProposer);
        var listed = (await beijing.Procedure.DecideAsync(designation.Id, true, "依法认定", BeijingDecider)).Value;

        // The day after the last day, on the job's clock.
        var after = new FixedClock(new DateTimeOffset(listed.EndsOn!.Value.AddDays(1).ToDateTime(new TimeOnly(1, 30)), TimeSpan.FromHours(8)));
        await using (var job = new CreditArrange(portal, National, after))
            Assert.True(await job.Procedure.RemoveEndedAsync() >= 1);
        await using (var db = portal.CreateDbContext())
        {
            var removed = await db.UntrustworthyDesignations.SingleAsync(d => d.Id == designation.Id);
            Assert.Equal((DesignationState.Removed, DesignationRemovalGround.PeriodEnded), (removed.State, removed.RemovalGround!.Value));
            Assert.Contains(await UntrustworthyRegister.Published(db).Where(d => d.Id == designation.Id).Select(d => d.State).ToListAsync(), s => s == DesignationState.Removed);
            Assert.Null((await db.CreditSubjects.SingleAsync(s => s.Id == subject.Id)).Designation);
        }

        var (other, otherFact) = await SubjectWithPenaltyAsync(portal);
        var second = (await beijing.Procedure.ProposeAsync(new DesignationProposal(other.Id, "serious-heavy-penalty", [otherFact.Id], "受到较重行政处罚"), BeijingProposer)).Value;
        await beijing.Procedure.RecordDefenceAsync(second.Id, "无异议", [], DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), BeijingProposer);
        await beijing.Procedure.DecideAsync(second.Id, true, "依法认定", BeijingDecider);
        await beijing.Procedure.ApplyForRepairAsync(second.Id, "已缴纳罚款并完成整改", "承诺守法经营", BeijingProposer);
        var repaired = (await beijing.Procedure.DecideRepairAsync(second.Id, true, "准予信用修复", BeijingDecider)).Value;
        Assert.Equal((DesignationState.Removed, DesignationRemovalGround.CreditRepaired), (repaired.State, repaired.RemovalGround!.Value));
        var regraded = await beijing.Db.CreditSubjects.AsNoTracking().SingleAsync(s => s.Id == other.Id);
        var model = await beijing.Grading.ModelInForceAsync();
        Assert.Null(regraded.Designation);
        Assert.Equal(model.GradeFor(regraded.Score), regraded.Grade);
    }
}
