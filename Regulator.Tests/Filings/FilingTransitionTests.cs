using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using static Regulator.Tests.Filings.FilingTestData;
using Regulator.Domain.Identity;

namespace Regulator.Tests.Filings;

public class FilingTransitionTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Actor BeijingAdmin = new("bj.admin", "bj.admin", ActorKind.ProvincialAdministrator, "11");
    private static readonly Actor GuangdongAdmin = new("gd.admin", "gd.admin", ActorKind.ProvincialAdministrator, "44");
    private static readonly Actor BeijingInspector = new("bj.inspector", "bj.inspector", ActorKind.ProvincialInspector, "11");
    private static readonly Actor ThePlatform = Actor.Platform("platform:测试平台1");

    private static Filing Submitted()
    {
        var platform = Platform(province: "11");
        var a = FilingRules.Assess(Adult(), platform, Today);
        var protector = Protector();
        return Filing.File(a, platform, protector, protector.Fingerprint(a.CanonicalContent()), new FilingSubmission(), ThePlatform, Today, Now);
    }

    [Fact]
    public void Filing_records_the_submission_in_history()
    {
        var f = Submitted();
        var entry = Assert.Single(f.History);
        Assert.Equal(FilingEvent.Submitted, entry.Event);
        Assert.Equal(FilingStatus.Submitted, entry.Status);
        Assert.False(entry.ByRegulator);
        Assert.Equal("11", entry.ProvinceCode);
    }

    [Fact]
    public void The_provinces_administrator_accepts()
    {
        var f = Submitted();
        Assert.Null(f.Accept(BeijingAdmin, Now.AddHours(1)));
        Assert.Equal(FilingStatus.Accepted, f.Status);
        Assert.Equal(Now.AddHours(1), f.ReviewedUtc);
        Assert.Equal((FilingEvent.Accepted, "bj.admin", true), (f.History[^1].Event, f.History[^1].Actor, f.History[^1].ByRegulator));
    }

    [Fact]
    public void The_page_offers_exactly_the_decisions_the_filing_takes()
    {
        var accepted = Submitted();
        Assert.True(accepted.Allows(FilingDecision.Accept));
        Assert.Null(accepted.Accept(BeijingAdmin, Now));
        Assert.False(accepted.Allows(FilingDecision.Accept));
        Assert.Equal(StepStatus.Conflict, accepted.Accept(BeijingAdmin, Now)?.Status);
        Assert.DoesNotContain("Accepted", ReaderPart(accepted.Accept(BeijingAdmin, Now)!.Message));
        Assert.True(accepted.Allows(FilingDecision.ReturnForCorrection) && accepted.Allows(FilingDecision.Reject));

        var refused = Submitted();
        Assert.Null(refused.Reject(BeijingAdmin, "不符合备案条件", Now));
        Assert.All(Enum.GetValues<FilingDecision>(), d => Assert.False(refused.Allows(d)));
        Assert.Equal(StepStatus.Conflict, refused.ReturnForCorrection(BeijingAdmin, "请补正", Now)?.Status);
    }

    // The Chinese part of a "中文 (English)" message, as a Chinese reader sees it.
    private static string ReaderPart(string message) => message[..message.IndexOf(" (", StringComparison.Ordinal)];

    [Fact]
    public void Another_provinces_administrator_or_an_inspector_may_not_review()
    {
        var f = Submitted();
        Assert.Equal(StepStatus.Refused, f.Accept(GuangdongAdmin, Now)?.Status);
        Assert.Equal(StepStatus.Refused, f.Reject(BeijingInspector, "不符合", Now)?.Status);
        Assert.Equal(StepStatus.Refused, f.Accept(ThePlatform, Now)?.Status);
        Assert.Equal(FilingStatus.Submitted, f.Status);
        Assert.Single(f.History);
    }

    [Fact]
    public void Returning_keeps_a_reason_the_platform_can_read()
    {
        var f = Submitted();
        Assert.Null(f.ReturnForCorrection(BeijingAdmin, "  请核实真实姓名 ", Now));
        Assert.Equal(FilingStatus.ReturnedForCorrection, f.Status);
        Assert.Equal("请核实真实姓名", f.StatusReason);
        Assert.Equal("请核实真实姓名", f.History[^1].Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<b>no</b>")]
    public void Return_and_reject_need_a_plain_reason(string reason)
    {
        var f = Submitted();
        Assert.Equal("reason", Assert.Single(f.ReturnForCorrection(BeijingAdmin, reason, Now)!.FieldErrors).Key);
        Assert.Equal(StepStatus.Invalid, f.Reject(BeijingAdmin, reason, Now)?.Status);
        Assert.Equal(FilingStatus.Submitted, f.Status);
    }

    [Fact]
    public void Only_a_waiting_filing_can_be_accepted()
    {
        var f = Submitted();
        Assert.Null(f.Reject(BeijingAdmin, "身份不实", Now));
        Assert.Equal(StepStatus.Conflict, f.Accept(BeijingAdmin, Now)?.Status);
        Assert.Equal(StepStatus.Conflict, f.ReturnForCorrection(BeijingAdmin, "再看看", Now)?.Status);
        Assert.Equal(StepStatus.Conflict, f.Withdraw(ThePlatform, null, Now)?.Status);
    }

    [Fact]
    public void An_accepted_filing_can_still_be_returned_or_rejected()
    {
        var f = Submitted();
        Assert.Null(f.Accept(BeijingAdmin, Now) ?? f.ReturnForCorrection(BeijingAdmin, "发现新问题", Now) ?? f.Reject(BeijingAdmin, "未按期补正", Now));
        Assert.Equal([FilingEvent.Submitted, FilingEvent.Accepted, FilingEvent.ReturnedForCorrection, FilingEvent.Rejected], f.History.Select(h => h.Event));
    }

    [Fact]
    public void Only_the_platform_withdraws()
    {
        var f = Submitted();
        Assert.Equal(StepStatus.Refused, f.Withdraw(BeijingAdmin, null, Now)?.Status);
        Assert.Null(f.Withdraw(ThePlatform, "主播已注销账号", Now));
        Assert.Equal(FilingStatus.Withdrawn, f.Status);
        Assert.Equal((FilingEvent.Withdrawn, false), (f.History[^1].Event, f.History[^1].ByRegulator));
        Assert.Equal(StepStatus.Conflict, f.Withdraw(ThePlatform, null, Now)?.Status);
    }

    [Fact]
    public void Identical_content_is_unchanged_unless_withdrawn()
    {
        var f = Submitted();
        var same = f.ContentFingerprint.ToArray();
        Assert.True(f.IsUnchangedBy(same));
        Assert.False(f.IsUnchangedBy(new byte[32]));
        f.Withdraw(ThePlatform, null, Now);
        Assert.False(f.IsUnchangedBy(same));
    }

    [Fact]
    public void Stored_filings_hold_no_clear_identity_number()
    {
        var f = Submitted();
        Assert.Matches(@"^\d{6}\*{8}[\dX]{4}$", f.IdentityMasked);
        Assert.Equal(32, f.IdentityBlindIndex.Length);
        Assert.NotEmpty(f.IdentityCiphertext);
    }
}
