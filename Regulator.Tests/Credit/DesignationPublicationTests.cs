using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regulator.Domain.Credit;
using Regulator.Domain.Reports;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Documents;
using Regulator.Web.Credit.Documents;
using static Regulator.Tests.Credit.CreditArrange;

namespace Regulator.Tests.Credit;

/// <summary>The notice and the decision as printed PDFs read back with pdftotext, and the public register anyone can open: facts, basis, deadline, period — and no clear number.</summary>
public sealed class DesignationPublicationTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    /// <summary>pdftotext lays text out in columns and wraps lines; compare without any whitespace.</summary>
    private static string Flat(string text) => Regex.Replace(text, @"\s+", "");

    [Theory, BothProviders]
    public async Task The_notice_prints_the_defence_period_stored_with_the_designation_not_the_current_setting(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var subject = await FreshPublisherAsync(portal);
        await using var beijing = new CreditArrange(portal, Beijing);
        var penalty = (await beijing.Penalties.RecordAsync(subject.Id, $"京网信罚〔2026〕{Random.Shared.Next(100000, 999999)}号", DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), CreditSeverity.Serious, "组织未成年人深夜直播打赏", BeijingProposer)).Value;
        var fact = await beijing.Db.CreditFacts.AsNoTracking().SingleAsync(f => f.SourceType == nameof(AdministrativePenalty) && f.SourceId == penalty!.Id.ToString());
        // Proposed while the setting said 10 working days; the portal printing the notice is set to the default 5.
        var calendar = portal.Services.GetRequiredService<WorkingCalendar>();
        var tenDays = new UntrustworthyProcedure(beijing.Db, beijing.Grading, beijing.Audit, calendar,
            new ProcedureSettings(beijing.Db, beijing.Audit, Options.Create(new CreditProcedureOptions { DefenceWorkingDays = 10 }), beijing.Clock), beijing.Clock);
        var designation = (await tenDays.ProposeAsync(new DesignationProposal(subject.Id, "serious-minors-harm", [fact.Id], "组织未成年人深夜直播并诱导打赏"), BeijingProposer)).Value;
        Assert.Equal(calendar.AddWorkingDays(designation.NoticeIssuedOn, 10), designation.DefenceDueOn);

        await using var scope = portal.Services.CreateAsyncScope();
        var notice = Flat(DocumentPrinting.Text(DocumentPrinting.Save($"credit-notice-stored-period-{provider}.pdf", (await scope.ServiceProvider.GetRequiredService<DesignationPaperwork>().PrintNoticeAsync(designation.Id)).Content)));
        Assert.Contains($"{designation.DefenceDueOn:yyyy年M月d日}前（10个工作日内）", notice);
        Assert.DoesNotContain("5个工作日", notice);
    }

    [Theory, BothProviders]
    public async Task The_notice_and_decision_print_the_facts_basis_measures_deadline_and_period_and_the_public_register_shows_the_person_masked(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var (subject, identity) = await FreshPublisherWithIdentityAsync(portal);
        await using var beijing = new CreditArrange(portal, Beijing);
        var number = $"京网信罚〔2026〕{Random.Shared.Next(100000, 999999)}号";
        var penalty = (await beijing.Penalties.RecordAsync(subject.Id, number, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), CreditSeverity.Serious, "组织未成年人深夜直播打赏", BeijingProposer)).Value;
        var fact = await beijing.Db.CreditFacts.AsNoTracking().SingleAsync(f => f.SourceType == nameof(AdministrativePenalty) && f.SourceId == penalty!.Id.ToString());
        var designation = (await beijing.Procedure.ProposeAsync(new DesignationProposal(subject.Id, "serious-minors-harm", [fact.Id], "组织未成年人深夜直播并诱导打赏，情节严重"), BeijingProposer)).Value;

        await using var scope = portal.Services.CreateAsyncScope();
        var paperwork = scope.ServiceProvider.GetRequiredService<DesignationPaperwork>();
        var notice = Flat(DocumentPrinting.Text(DocumentPrinting.Save($"credit-notice-{provider}.pdf", (await paperwork.PrintNoticeAsync(designation.Id)).Content)));
        Assert.Contains("失信主体认定告知书", notice);
        Assert.Contains("组织未成年人深夜直播并诱导打赏", notice);
        Assert.Contains(number, notice);
        Assert.Contains("办市场发〔2021〕211号", notice);
        Assert.Contains("陈述和申辩", notice);
        Assert.Contains(designation.DefenceDueOn.ToString("yyyy年M月d日"), notice);
        Assert.Contains("5个工作日", notice);
        Assert.Contains(subject.Code, notice);
        Assert.DoesNotContain(identity, notice);
        Assert.Contains("第1页/共", notice);

        await beijing.Procedure.RecordDefenceAsync(designation.Id, "已删除相关视频", [], DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), BeijingProposer);
        var listed = (await beijing.Procedure.DecideAsync(designation.Id, true, "申辩理由不成立", BeijingDecider)).Value;
        var decision = Flat(DocumentPrinting.Text(DocumentPrinting.Save($"credit-decision-{provider}.pdf", (await paperwork.PrintDecisionAsync(designation.Id)).Content)));
        Assert.Contains("失信主体认定决定书", decision);
        Assert.Contains("严重失信", decision);
        Assert.Contains(listed.EndsOn!.Value.ToString("yyyy年M月d日"), decision);
        Assert.Contains("已删除相关视频", decision);
        Assert.Contains(Flat(listed.Measures[0]), decision);
        Assert.DoesNotContain(identity, decision);
        await using (var db = portal.CreateDbContext())
        {
            var stored = await db.UntrustworthyDesignations.SingleAsync(d => d.Id == designation.Id);
            Assert.NotNull(stored.NoticeDocumentId);
            Assert.NotNull(stored.DecisionDocumentId);
        }

        // Anyone, without signing in, sees the listing with the surname and the masked number, never the number or the full name.
        var (other, _) = await FreshPublisherWithIdentityAsync(portal);
        var otherPenalty = (await beijing.Penalties.RecordAsync(other.Id, $"京网信罚〔2026〕{Random.Shared.Next(100000, 999999)}号", DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)),
            CreditSeverity.Serious, "仅提出未决定", BeijingProposer)).Value;
        var otherFact = await beijing.Db.CreditFacts.AsNoTracking().SingleAsync(f => f.SourceType == nameof(AdministrativePenalty) && f.SourceId == otherPenalty!.Id.ToString());
        var proposedOnly = (await beijing.Procedure.ProposeAsync(new DesignationProposal(other.Id, "serious-heavy-penalty", [otherFact.Id], "尚在告知期"), BeijingProposer)).Value;
        using var anonymous = portal.CreatePortalClient();
        using var response = await anonymous.GetAsync("/credit/public");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Blazor writes CJK characters as numeric character references: compare decoded text.
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"data-designation=\"{designation.Id}\"", html);
        Assert.DoesNotContain($"data-designation=\"{proposedOnly.Id}\"", html);
        Assert.Contains(subject.Name[..1] + "*", html);
        Assert.Contains(subject.Code, html);
        Assert.DoesNotContain(identity, html);
        Assert.DoesNotContain(subject.Name, html);

        // Read in English, the register names the province in English too.
        await anonymous.GetAsync("/culture?name=en&returnUrl=%2Fcredit%2Fpublic");
        var english = await HtmlPage.GetAsync(anonymous, "/credit/public");
        var row = english.QuerySelector($"[data-designation=\"{designation.Id}\"]")!;
        Assert.Contains("Beijing", row.TextContent);
        Assert.DoesNotContain("北京市", row.TextContent);
    }
}
