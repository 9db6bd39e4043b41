using Regulator.Domain.Blacklist;
using static Regulator.Tests.Blacklist.BlacklistLifecycleTests;
using Regulator.Domain.Identity;

namespace Regulator.Tests.Blacklist;

/// <summary>Re-offending during or after a warning period escalates the next entry (MCT opinion 18).</summary>
public sealed class BlacklistEscalationTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTime Now = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Actor National = Actor.NationalAdministrator("national.admin");

    [Fact]
    public void Re_offending_during_a_warning_period_raises_a_warning_to_a_timed_ban_keeping_its_end()
    {
        var warning = Published(BlacklistSeverity.Warning, startsOn: Today.AddDays(-30), endsOn: Today.AddDays(60), id: 1);
        var next = Proposed(BlacklistSeverity.Warning, endsOn: Today.AddDays(90));

        next.ApplyEscalation([warning], Now);

        Assert.Equal(BlacklistSeverity.TimedBan, next.Severity);
        Assert.Equal(BlacklistSeverity.Warning, next.RequestedSeverity);
        Assert.Equal(Today.AddDays(90), next.EndsOn);
        Assert.Equal(1, next.EscalatedByEntryId);
        Assert.Equal(BlacklistEvent.Escalated, next.History[^1].Event);
    }

    [Fact]
    public void Re_offending_after_the_warning_expired_still_escalates_and_a_ban_becomes_permanent()
    {
        var warning = Published(BlacklistSeverity.Warning, startsOn: Today.AddDays(-200), endsOn: Today.AddDays(1), id: 1);
        warning.Expire(Today.AddDays(2), Now);
        var next = Proposed(BlacklistSeverity.TimedBan);

        next.ApplyEscalation([warning], Now);

        Assert.Equal(BlacklistSeverity.Permanent, next.Severity);
        Assert.Null(next.EndsOn);
    }

    [Fact]
    public void A_warning_that_never_took_effect_or_was_voided_on_appeal_does_not_count()
    {
        var proposedOnly = Proposed(BlacklistSeverity.Warning, startsOn: Today.AddDays(-30), id: 1);
        var voided = Published(BlacklistSeverity.Warning, startsOn: Today.AddDays(-30), id: 2);
        voided.Lift(National, BlacklistLiftGround.AppealUpheld, "申诉成立", Now);
        var otherPerson = Published(BlacklistSeverity.Warning, startsOn: Today.AddDays(-30), identity: 2, id: 3);
        var next = Proposed(BlacklistSeverity.Warning);

        next.ApplyEscalation([proposedOnly, voided, otherPerson], Now);

        Assert.Equal(BlacklistSeverity.Warning, next.Severity);
        Assert.Null(next.EscalatedByEntryId);
        Assert.Single(next.History);
    }

    [Fact]
    public void A_warning_for_a_later_offence_does_not_escalate_an_earlier_one()
    {
        var laterWarning = Published(BlacklistSeverity.Warning, startsOn: Today.AddDays(-1), id: 2);
        var earlier = Proposed(BlacklistSeverity.Warning, startsOn: Today.AddDays(-20));

        earlier.ApplyEscalation([laterWarning], Now);

        Assert.Equal(BlacklistSeverity.Warning, earlier.Severity);
    }

    [Fact]
    public void Escalation_is_re_assessed_at_publication_and_applying_it_twice_changes_nothing()
    {
        var warning = Published(BlacklistSeverity.Warning, startsOn: Today.AddDays(-30), id: 1);
        var next = Proposed(BlacklistSeverity.Warning, id: 5);
        next.ApplyEscalation([warning], Now);
        next.ApplyEscalation([warning], Now);
        Assert.Equal(1, next.History.Count(h => h.Event == BlacklistEvent.Escalated));

        warning.Lift(National, BlacklistLiftGround.AppealUpheld, "申诉成立", Now);
        next.ApplyEscalation([warning], Now);

        Assert.Equal(BlacklistSeverity.Warning, next.Severity);
        Assert.Null(next.EscalatedByEntryId);
        Assert.Equal(BlacklistEvent.EscalationWithdrawn, next.History[^1].Event);
    }

    [Fact]
    public void A_published_entry_is_never_re_graded()
    {
        var warning = Published(BlacklistSeverity.Warning, startsOn: Today.AddDays(-30), id: 1);
        var published = Published(BlacklistSeverity.Warning, id: 2);

        published.ApplyEscalation([warning], Now);

        Assert.Equal(BlacklistSeverity.Warning, published.Severity);
    }
}
