using Regulator.Domain.Common;
using Regulator.Domain.Credit;
using Regulator.Domain.Reports;
using Regulator.Domain.Identity;

namespace Regulator.Tests.Credit;

/// <summary>The untrustworthy-entity procedure on the designation itself: who may take each step, and when, counted in working days.</summary>
public sealed class DesignationStepsTests
{
    // Thursday 2026-09-24; the National Day holiday runs 1–8 October with make-up working days on Sunday 27 Sept and Saturday 10 Oct.
    private static readonly DateOnly Notice = new(2026, 9, 24);
    private static readonly DateTime Now = new(2026, 9, 24, 2, 0, 0, DateTimeKind.Utc);
    private static readonly WorkingCalendar Calendar = new(new WorkingCalendarOptions
    {
        Holidays = [.. Enumerable.Range(1, 8).Select(d => new DateOnly(2026, 10, d))],
        MakeUpWorkdays = [new DateOnly(2026, 9, 27), new DateOnly(2026, 10, 10)],
    });

    private static readonly Actor Proposer = Actor.ProvincialAdministrator("bj.admin", "11", "u-bj-1");
    private static readonly Actor Colleague = Actor.ProvincialAdministrator("bj.admin2", "11", "u-bj-2");
    private static readonly Actor Guangdong = Actor.ProvincialAdministrator("gd.admin", "44", "u-gd-1");

    private static readonly CreditSubject Subject = new() { Id = 7, Kind = CreditSubjectKind.Publisher, Name = "张三", Code = "110105********1234", ProvinceCode = "11", Agency = Agency.Cyberspace };

    private static readonly UntrustworthyCriterion Serious = CreditModelSeed.Criteria()[0];
    private static readonly UntrustworthyCriterion Minor = CreditModelSeed.Criteria()[2];

    private static CreditFact Fact(long id, CreditFactKind kind) => new() { Id = id, SubjectId = Subject.Id, Kind = kind, Severity = CreditSeverity.General, ProvinceCode = "11" };

    internal static StepResult<UntrustworthyDesignation> Propose(Actor? proposer = null) =>
        UntrustworthyDesignation.Propose(Subject, Serious, [Fact(1, CreditFactKind.BlacklistPublished)], "直播中诱导未成年人打赏，查证属实", [], 36,
            proposer ?? Proposer, Calendar, 5, Notice, Now);

    internal static UntrustworthyDesignation Proposed() => Propose().Value;

    [Fact]
    public void The_defence_period_is_five_working_days_after_the_notice_across_a_holiday_with_make_up_days()
    {
        var designation = Proposed();
        // Fri 25, Sun 27 (make-up), Mon 28, Tue 29, Wed 30 Sept: five working days; 1–8 October are holidays.
        Assert.Equal(new DateOnly(2026, 9, 30), designation.DefenceDueOn);
        var later = UntrustworthyDesignation.Propose(Subject, Serious, [Fact(1, CreditFactKind.BlacklistPublished)], "事实", [], 36, Proposer, Calendar, 5,
            new DateOnly(2026, 9, 29), Now).Value;
        // Wed 30 Sept, then Fri 9, Sat 10 (make-up), Mon 12, Tue 13 October.
        Assert.Equal(new DateOnly(2026, 10, 13), later.DefenceDueOn);
        Assert.Equal(DesignationState.Proposed, designation.State);
        Assert.Equal(["proposed", "notice-issued"], designation.History.Select(h => h.Step));
        Assert.Equal(Serious.DefaultMeasures, designation.Measures);
    }

    [Fact]
    public void Only_an_administrator_of_the_subjects_province_proposes_and_only_from_facts_meeting_the_criterion()
    {
        Assert.Equal(StepStatus.Refused, Propose(Guangdong).Status);
        Assert.Equal(StepStatus.Refused, Propose(Actor.NationalAdministrator("national.admin", "n")).Status);
        // The minor criterion needs two lapses of its kinds; one is not enough, and a blacklisting is not one of them.
        Assert.Equal(StepStatus.Invalid, UntrustworthyDesignation.Propose(Subject, Minor, [Fact(1, CreditFactKind.PlatformMeasure), Fact(2, CreditFactKind.BlacklistPublished)],
            "事实", [], 12, Proposer, Calendar, 5, Notice, Now).Status);
        var minor = UntrustworthyDesignation.Propose(Subject, Minor, [Fact(1, CreditFactKind.PlatformMeasure), Fact(2, CreditFactKind.InspectionFinding)],
            "事实", ["约谈"], 12, Proposer, Calendar, 5, Notice, Now).Value;
        Assert.Equal(DesignationLevel.Minor, minor.Level);
        Assert.Equal(["约谈"], minor.Measures);
    }

    [Fact]
    public void The_proposer_cannot_decide_and_nobody_decides_before_the_defence_period_ends_unless_the_defence_is_in()
    {
        var designation = Proposed();
        Assert.Equal(StepStatus.Refused, designation.Decide(true, "认定", Proposer, "张*", "110105********1234", new DateOnly(2026, 10, 9), Now)?.Status);
        Assert.Equal(StepStatus.Conflict, designation.Decide(true, "认定", Colleague, "张*", "110105********1234", new DateOnly(2026, 9, 30), Now)?.Status);
        Assert.Equal(StepStatus.Refused, designation.Decide(true, "认定", Guangdong, "张*", "110105********1234", new DateOnly(2026, 10, 9), Now)?.Status);
        Assert.Equal(StepStatus.Invalid, designation.Decide(true, " ", Colleague, "张*", "110105********1234", new DateOnly(2026, 10, 9), Now)?.Status);

        // The day after the deadline (a holiday) the defence has lapsed and a colleague may decide.
        Assert.Null(designation.Decide(true, "事实清楚，证据确凿", Colleague, "张*", "110105********1234", new DateOnly(2026, 10, 1), Now));
        Assert.Equal(DesignationState.Listed, designation.State);
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2029, 9, 30)), (designation.StartsOn!.Value, designation.EndsOn!.Value));
        Assert.Equal(["proposed", "notice-issued", "defence-lapsed", "decided", "published"], designation.History.Select(h => h.Step));
        Assert.Equal(("u-bj-2", "张*"), (designation.DecidedById, designation.PublicName));
        Assert.True(designation.IsInForceOn(new DateOnly(2029, 9, 30)));
        Assert.False(designation.IsInForceOn(new DateOnly(2029, 10, 1)));
    }

    [Fact]
    public void A_defence_is_recorded_up_to_the_deadline_and_then_the_decision_may_come_at_once_or_not_list()
    {
        var late = Proposed();
        Assert.Equal(StepStatus.Conflict, late.RecordDefence("迟到的申辩", [], Proposer, new DateOnly(2026, 10, 1), Now)?.Status);

        var designation = Proposed();
        Assert.Null(designation.RecordDefence("已整改，请求从轻", ["整改报告.pdf"], Proposer, new DateOnly(2026, 9, 30), Now));
        Assert.Equal(StepStatus.Conflict, designation.RecordDefence("再次申辩", [], Proposer, new DateOnly(2026, 9, 30), Now)?.Status);
        designation.Decide(false, "申辩理由成立，不予认定", Colleague, "张*", "x", new DateOnly(2026, 9, 30), Now);
        Assert.Equal(DesignationState.NotListed, designation.State);
        Assert.Null(designation.StartsOn);
        Assert.False(designation.IsInForceOn(new DateOnly(2026, 10, 1)));
    }

    [Fact]
    public void Credit_repair_needs_evidence_and_a_commitment_is_decided_within_its_period_and_removes_the_listing()
    {
        var designation = Listed();
        Assert.Equal(StepStatus.Invalid, designation.ApplyForRepair("", "承诺", Proposer, Calendar, 15, new DateOnly(2026, 11, 2), Now)?.Status);
        Assert.Equal(StepStatus.Conflict, designation.DecideRepair(true, "准予", Colleague, new DateOnly(2026, 11, 2), Now)?.Status);
        Assert.Equal(StepStatus.Refused, designation.ApplyForRepair("整改报告", "承诺", Guangdong, Calendar, 15, new DateOnly(2026, 11, 2), Now)?.Status);
        designation.ApplyForRepair("整改报告及培训证明", "本人承诺守法经营", Proposer, Calendar, 15, new DateOnly(2026, 11, 2), Now);
        Assert.Equal((RepairState.Pending, new DateOnly(2026, 11, 23)), (designation.Repair!.Value, designation.RepairDueOn!.Value));
        designation.DecideRepair(false, "整改不到位", Colleague, new DateOnly(2026, 11, 5), Now);
        Assert.Equal(DesignationState.Listed, designation.State);
        designation.ApplyForRepair("补充整改材料", "本人承诺守法经营", Proposer, Calendar, 15, new DateOnly(2026, 11, 9), Now);
        designation.DecideRepair(true, "整改到位，准予修复", Colleague, new DateOnly(2026, 11, 10), Now);
        Assert.Equal((DesignationState.Removed, DesignationRemovalGround.CreditRepaired, new DateOnly(2026, 11, 10)),
            (designation.State, designation.RemovalGround!.Value, designation.RemovedOn!.Value));
        Assert.False(designation.IsInForceOn(new DateOnly(2026, 11, 10)));
    }

    [Fact]
    public void The_period_ends_only_after_its_last_day_and_an_upheld_appeal_annuls_the_listing()
    {
        var designation = Listed();
        Assert.Equal(StepStatus.Conflict, designation.RemoveAtPeriodEnd(designation.EndsOn!.Value, Now)?.Status);
        designation.RemoveAtPeriodEnd(designation.EndsOn!.Value.AddDays(1), Now);
        Assert.Equal(DesignationRemovalGround.PeriodEnded, designation.RemovalGround);

        var appealed = Listed();
        appealed.RecordAppeal(new DesignationAppeal(new DateOnly(2026, 10, 20), "北京市人民政府（行政复议）", "事实认定错误", null, null, false, "bj.admin"), Proposer, new DateOnly(2026, 10, 20), Now);
        Assert.Equal(DesignationState.Listed, appealed.State);
        appealed.RecordAppeal(new DesignationAppeal(new DateOnly(2026, 10, 20), "北京市人民政府（行政复议）", "事实认定错误", "撤销原认定决定", new DateOnly(2026, 12, 1), true, "bj.admin"),
            Proposer, new DateOnly(2026, 12, 1), Now);
        Assert.Equal((DesignationState.Removed, DesignationRemovalGround.AppealUpheld, 2), (appealed.State, appealed.RemovalGround!.Value, appealed.Appeals.Count));
    }

    private static UntrustworthyDesignation Listed()
    {
        var designation = Proposed();
        designation.Decide(true, "事实清楚", Colleague, "张*", "110105********1234", new DateOnly(2026, 10, 9), Now);
        return designation;
    }
}
