using Regulator.Domain.Blacklist;
using Regulator.Domain.Common;
using Regulator.Domain.Protection;
using Regulator.Domain.Reports;
using Regulator.Domain.Identity;

namespace Regulator.Tests.Blacklist;

/// <summary>The circulation rules on the entry itself: who may move it, from where to where, and what is kept.</summary>
public sealed class BlacklistLifecycleTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTime Now = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Beijing = Actor.ProvincialAdministrator("bj.admin", "11");
    private static readonly Actor Guangdong = Actor.ProvincialAdministrator("gd.admin", "44");
    private static readonly Actor BeijingReviewer = Actor.ProvincialAdministrator("bj.reviewer", "11");
    private static readonly Actor National = Actor.NationalAdministrator("national.admin");

    internal static BlacklistEntry Proposed(BlacklistSeverity severity = BlacklistSeverity.TimedBan, DateOnly? startsOn = null, DateOnly? endsOn = null,
        byte identity = 1, Actor? proposer = null, long id = 0)
    {
        var entry = Propose(severity, startsOn, endsOn, identity, proposer).Value;
        entry.Id = id;
        return entry;
    }

    private static StepResult<BlacklistEntry> Propose(BlacklistSeverity severity = BlacklistSeverity.TimedBan, DateOnly? startsOn = null, DateOnly? endsOn = null,
        byte identity = 1, Actor? proposer = null)
    {
        var assessment = new BlacklistAssessment
        {
            Problems = [],
            IdentityNumber = "unused",
            DisplayNames = ["小明直播"],
            PlatformIds = [1],
            Category = ReportTaxonomy.Seed[0],
            Facts = "直播中传播淫秽内容",
            Severity = severity,
            StartsOn = startsOn ?? Today.AddDays(-3),
            EndsOn = severity == BlacklistSeverity.Permanent ? null : endsOn ?? Today.AddDays(180),
        };
        return BlacklistEntry.Propose(assessment, new ProtectedIdentity([9, 9, 9], Enumerable.Repeat(identity, 32).ToArray(), "110105********1234"),
            proposer ?? Beijing, Agency.Cyberspace, Now);
    }

    internal static BlacklistEntry Published(BlacklistSeverity severity = BlacklistSeverity.TimedBan, DateOnly? startsOn = null, DateOnly? endsOn = null, byte identity = 1, long id = 0)
    {
        var entry = Proposed(severity, startsOn, endsOn, identity, id: id);
        Assert.Null(entry.Confirm(BeijingReviewer, "事实清楚", Now) ?? entry.Publish(National, "批准全国通报", Today, Now));
        return entry;
    }

    [Fact]
    public void A_proposal_runs_through_confirmation_and_publication_to_lifting_keeping_who_when_and_why()
    {
        var entry = Proposed();
        Assert.Equal(BlacklistState.Proposed, entry.State);
        Assert.Equal("11", entry.ProvinceCode);
        Assert.False(entry.IsCirculatedNationally);

        Assert.Null(entry.Confirm(BeijingReviewer, "事实清楚", Now.AddHours(1)));
        Assert.Equal(BlacklistState.Confirmed, entry.State);
        Assert.False(entry.IsCirculatedNationally);

        Assert.Null(entry.Publish(National, "批准全国通报", Today, Now.AddHours(2)));
        Assert.Equal(BlacklistState.Published, entry.State);
        Assert.True(entry.IsCirculatedNationally);
        Assert.True(entry.IsInForceOn(Today));

        Assert.Null(entry.Lift(National, BlacklistLiftGround.AppealUpheld, "申诉成立", Now.AddHours(3)));
        Assert.Equal(BlacklistState.Lifted, entry.State);
        Assert.False(entry.IsInForceOn(Today));
        Assert.True(entry.IsCirculatedNationally);

        Assert.Equal([BlacklistEvent.Proposed, BlacklistEvent.Confirmed, BlacklistEvent.Published, BlacklistEvent.Lifted], entry.History.Select(h => h.Event));
        Assert.Equal(["bj.admin", "bj.reviewer", "national.admin", "national.admin"], entry.History.Select(h => h.Actor));
        Assert.Equal("申诉成立", entry.History[^1].Reason);
        Assert.Equal(Now.AddHours(3), entry.History[^1].OccurredUtc);
        Assert.Equal(4, entry.Revision);
    }

    [Fact]
    public void The_administrator_who_proposed_an_entry_cannot_confirm_it()
    {
        var entry = Proposed();
        var refused = entry.Confirm(Beijing, "自己确认", Now);
        Assert.Equal((StepStatus.Refused, BlacklistEntry.ProposerMayNotConfirm), (refused?.Status, refused?.Message));
        Assert.Equal(BlacklistState.Proposed, entry.State);
        Assert.Null(entry.Confirm(BeijingReviewer, "事实清楚", Now));
        Assert.Equal(BlacklistState.Confirmed, entry.State);
    }

    [Fact]
    public void A_province_cannot_confirm_another_provinces_proposal()
    {
        var entry = Proposed();
        Assert.Equal(StepStatus.Refused, entry.Confirm(Guangdong, "越权确认", Now)?.Status);
        Assert.Equal(StepStatus.Refused, entry.Confirm(National, "国家级不作省级确认", Now)?.Status);
        Assert.Equal(BlacklistState.Proposed, entry.State);
        Assert.Single(entry.History);
    }

    [Fact]
    public void Only_the_national_office_publishes_and_only_confirmed_entries()
    {
        var entry = Proposed();
        Assert.Equal(StepStatus.Conflict, entry.Publish(National, "跳过省级确认", Today, Now)?.Status);
        Assert.Null(entry.Confirm(BeijingReviewer, "事实清楚", Now));
        Assert.Equal(StepStatus.Refused, entry.Publish(Beijing, "省级不能发布", Today, Now)?.Status);
        Assert.Equal(BlacklistState.Confirmed, entry.State);
    }

    [Fact]
    public void Every_transition_needs_a_stated_reason()
    {
        var entry = Proposed();
        Assert.Equal(StepStatus.Invalid, entry.Confirm(BeijingReviewer, "  ", Now)?.Status);
        Assert.Equal(StepStatus.Invalid, entry.Confirm(BeijingReviewer, "<script>", Now)?.Status);
        Assert.Equal(BlacklistState.Proposed, entry.State);
    }

    [Fact]
    public void The_province_declines_a_proposal_and_the_national_office_a_confirmed_entry()
    {
        var proposal = Proposed();
        Assert.Equal(StepStatus.Refused, proposal.Decline(National, "不是国家级的决定", Now)?.Status);
        Assert.Null(proposal.Decline(Beijing, "证据不足", Now));
        Assert.Equal(BlacklistState.Declined, proposal.State);

        var confirmed = Proposed();
        Assert.Null(confirmed.Confirm(BeijingReviewer, "事实清楚", Now));
        Assert.Equal(StepStatus.Refused, confirmed.Decline(Beijing, "已确认后省级不能撤回", Now)?.Status);
        Assert.Null(confirmed.Decline(National, "不符合全国通报条件", Now));
        Assert.Equal(BlacklistState.Declined, confirmed.State);
        Assert.False(confirmed.IsCirculatedNationally);
    }

    [Fact]
    public void A_platform_reports_its_own_blacklisting_to_the_province_where_it_is_registered()
    {
        var entry = Proposed(proposer: Actor.Platform("platform:星光直播", 7, "44"));
        Assert.Equal("44", entry.ProvinceCode);
        Assert.Equal(7, entry.ReportingPlatformId);
        Assert.Equal(ActorKind.Platform, entry.History.Single().ActorKind);
        Assert.Equal(StepStatus.Refused, Propose(proposer: National).Status);
    }

    [Fact]
    public void An_entry_expires_only_after_its_last_day()
    {
        var entry = Published(endsOn: Today.AddDays(10));
        Assert.Equal(StepStatus.Conflict, entry.Expire(Today.AddDays(10), Now)?.Status);
        Assert.True(entry.IsInForceOn(Today.AddDays(10)));
        Assert.Null(entry.Expire(Today.AddDays(11), Now));
        Assert.Equal(BlacklistState.Expired, entry.State);
        Assert.Equal(ActorKind.System, entry.History[^1].ActorKind);
        Assert.Equal(StepStatus.Conflict, Published(BlacklistSeverity.Permanent).Expire(Today.AddYears(50), Now)?.Status);
    }

    [Fact]
    public void A_lifted_or_expired_entry_cannot_be_published_or_lifted_again()
    {
        var entry = Published();
        Assert.Null(entry.Lift(National, BlacklistLiftGround.PeriodServed, "复出审核通过", Now));
        Assert.Equal(StepStatus.Conflict, entry.Lift(National, BlacklistLiftGround.PeriodServed, "再次解除", Now)?.Status);
        Assert.Equal(StepStatus.Conflict, entry.Publish(National, "重新发布", Today, Now)?.Status);
    }

    [Fact]
    public void A_lift_names_its_ground_and_a_published_entry_is_no_longer_declined()
    {
        var entry = Published();
        Assert.Equal("ground", Assert.Single(entry.Lift(National, (BlacklistLiftGround)99, "解除", Now)!.FieldErrors).Key);
        Assert.Equal(StepStatus.Conflict, entry.Decline(National, "已发布", Now)?.Status);
        Assert.Equal((BlacklistState.Published, null), (entry.State, entry.LiftGround));
    }
}
