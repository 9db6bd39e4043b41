using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Credit;
using Regulator.Domain.Platforms;
using Regulator.Tests.Hostile;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Credit.CreditArrange;

namespace Regulator.Tests.Credit;

/// <summary>
/// The staff pages as first rendered on the server (what a crafted URL gets): the explanation adds up, a list shows
/// one province and exports the same rows, another province's subject or procedure is 404 with nothing audited as read,
/// and the key-issuing form grants the credit scopes only when ticked.
/// </summary>
public sealed class CreditPagesTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task The_explanation_adds_each_fact_to_the_score_and_another_province_gets_404_with_nothing_audited(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var subject = await FreshPublisherAsync(portal);
        var number = $"京网信罚〔2026〕{Guid.NewGuid():N}"[..24] + "号";
        long designationId;
        await using (var arrange = new CreditArrange(portal, Beijing))
        {
            var penalty = (await arrange.Penalties.RecordAsync(subject.Id, number, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2), CreditSeverity.Serious, "组织未成年人深夜直播", BeijingProposer)).Value;
            var fact = await arrange.Db.CreditFacts.AsNoTracking().SingleAsync(f => f.SourceType == nameof(AdministrativePenalty) && f.SourceId == penalty.Id.ToString());
            designationId = (await arrange.Procedure.ProposeAsync(new DesignationProposal(subject.Id, "serious-minors-harm", [fact.Id], "组织未成年人深夜直播，经处罚。"), BeijingProposer)).Value.Id;
        }
        int stored;
        await using (var db = portal.CreateDbContext()) stored = (await db.CreditSubjects.SingleAsync(s => s.Id == subject.Id)).Score;

        var beijing = await portal.SignInAsync("bj.admin");
        var page = await HtmlPage.GetAsync(beijing, $"/credit/subjects/{subject.Id}");
        var table = page.QuerySelector("[data-testid=explanation]")!;
        var basePoints = int.Parse(table.QuerySelector("tr[data-row=base] td:last-child")!.TextContent);
        var points = table.QuerySelectorAll("tr[data-fact] [data-points]").Select(td => int.Parse(td.TextContent.Trim())).ToList();
        Assert.Contains(number, table.TextContent);
        Assert.Equal(stored, basePoints + points.Sum());
        Assert.Equal(stored.ToString(), table.QuerySelector("[data-testid=total]")!.TextContent.Trim());
        Assert.Equal(stored.ToString(), page.QuerySelector("[data-testid=score]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("[data-testid=history]"));
        Assert.NotNull(page.QuerySelector("[data-chart]"));
        Assert.Contains($"/credit/designations/{designationId}", page.QuerySelector("[data-testid=procedures]")!.InnerHtml);
        Assert.Empty(IdentityLeaks.In(page.DocumentElement.OuterHtml));
        var procedure = await HtmlPage.GetAsync(beijing, $"/credit/designations/{designationId}");
        Assert.Contains("严重损害未成年人身心健康", procedure.QuerySelector("[data-testid=procedure]")!.TextContent);
        Assert.NotNull(procedure.QuerySelector("[data-testid=notice-pdf]") ?? procedure.QuerySelector("[data-testid=defence-form]"));

        var guangdong = await portal.SignInAsync("gd.admin");
        Assert.Equal(HttpStatusCode.NotFound, (await guangdong.GetAsync($"/credit/subjects/{subject.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guangdong.GetAsync($"/credit/designations/{designationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guangdong.GetAsync($"/credit/subjects/{subject.Id}/propose")).StatusCode);
        await using (var db = portal.CreateDbContext())
        {
            Assert.False(await db.AuditEntries.AnyAsync(a => a.UserName == "gd.admin" && a.RecordId == subject.Id.ToString() && a.Action == CreditAuditActions.SubjectViewed));
            Assert.False(await db.AuditEntries.AnyAsync(a => a.UserName == "gd.admin" && a.RecordId == designationId.ToString() && a.Action == CreditAuditActions.DesignationViewed));
        }
    }

    [Theory, BothProviders]
    public async Task A_provincial_list_shows_its_own_subjects_with_totals_per_grade_and_exports_the_same_rows(DatabaseProvider provider)
    {
        var portal = portals[provider];
        Dictionary<CreditGrade, int> expected;
        await using (var db = portal.CreateDbContext())
            expected = await db.CreditSubjects.Where(s => s.ProvinceCode == "44" && s.Kind == CreditSubjectKind.Publisher)
                .GroupBy(s => s.Grade).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var guangdong = await portal.SignInAsync("gd.admin");

        var page = await HtmlPage.GetAsync(guangdong, "/credit");
        foreach (var grade in Enum.GetValues<CreditGrade>())
            Assert.Equal(expected.GetValueOrDefault(grade).ToString("N0"), page.QuerySelector($"[data-testid=total-{grade}]")!.TextContent.Trim());
        var column = page.QuerySelectorAll("[data-list=credit-publishers] thead th").Select(th => th.TextContent.Trim()).ToList().IndexOf("所属省份") + 1;
        Assert.True(column > 0);
        var provinces = page.QuerySelectorAll($"[data-list=credit-publishers] tbody tr.mud-table-row td:nth-child({column})").Select(td => td.TextContent.Trim()).Distinct().ToList();
        Assert.Equal(["广东省"], provinces);

        var csv = await guangdong.GetStringAsync("/export/credit-publishers.csv");
        Assert.Equal(expected.Values.Sum(), csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.Empty(IdentityLeaks.In(csv));
        var graded = await HtmlPage.GetAsync(guangdong, "/credit/platforms?grade=A");
        Assert.All(graded.QuerySelectorAll("[data-list=credit-platforms] tbody .status-chip"), chip => Assert.StartsWith("A", chip.TextContent.Trim()));
    }
}
