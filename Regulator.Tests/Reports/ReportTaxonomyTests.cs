using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Reports;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Reports;

/// <summary>
/// The taxonomy's one addition step, run as the signed-in user the way the page's button runs it: only the national
/// administrator adds a category; anyone else is refused, and a taken or malformed code or a field out of range is
/// invalid with a message for that field. A step not taken stores and audits nothing. The page's own rendering is in
/// <see cref="ReportCategoriesCircuitTests"/>, the click in <see cref="ReportsBrowserTests"/>.
/// </summary>
public sealed class ReportTaxonomyTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task Only_the_national_administrator_adds_a_category_and_the_addition_is_audited(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var code = NewCode();

        foreach (var refused in new[] { "bj.admin", "national.analyst", "bj.inspector" })
        {
            var result = await AddAsync(portal, refused, Draft(code));
            Assert.Equal(StepStatus.Refused, result.Status);
            Assert.Same(ReportTaxonomy.NotNationalAdministrator, result.Failure);
        }
        Assert.Equal(0, await StoredAsync(portal, code));
        Assert.Equal(0, await AuditedAsync(portal, code));

        var added = await AddAsync(portal, "national.admin", Draft(" " + code + " "));

        Assert.True(added.Succeeded, added.ToString());
        Assert.Equal((code, "测试类别", CasePriority.High, 5), (added.Value.Code, added.Value.NameZh, added.Value.BasePriority, added.Value.DeadlineWorkingDays));
        Assert.Equal(1, await StoredAsync(portal, code));
        await using var db = portal.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ReportCategoryAdded && a.RecordId == code);
        Assert.Equal((nameof(ReportCategory), "national.admin"), (entry.RecordType, entry.UserName));
    }

    [Theory, BothProviders]
    public async Task A_taken_code_or_fields_out_of_range_are_invalid_with_a_message_per_field_and_nothing_is_stored(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var code = NewCode();
        Assert.True((await AddAsync(portal, "national.admin", Draft(code))).Succeeded);

        // A seeded code and one added a moment ago alike: codes are shared with the National Reporting Platform.
        foreach (var taken in new[] { "harmful-sexual", code })
        {
            var duplicate = await AddAsync(portal, "national.admin", Draft(taken) with { NameZh = "另一类别" });
            Assert.Equal(StepStatus.Invalid, duplicate.Status);
            Assert.Equal(ReportTaxonomy.CodeTaken, duplicate.Failure!.FieldErrors[nameof(ReportCategoryDraft.Code)]);
        }

        var malformed = await AddAsync(portal, "national.admin", new ReportCategoryDraft("Bad Code!", " ", "", LegalSource.CacLiveStreamingMeasures, 0, 61, CasePriority.Normal));
        Assert.Equal(StepStatus.Invalid, malformed.Status);
        string[] fields = [nameof(ReportCategoryDraft.Code), nameof(ReportCategoryDraft.NameZh), nameof(ReportCategoryDraft.NameEn),
            nameof(ReportCategoryDraft.Article), nameof(ReportCategoryDraft.DeadlineWorkingDays)];
        Assert.Equal(fields.Order(), malformed.Failure!.FieldErrors.Keys.Order());
        // Each reason is written once in both languages, so a clerk reads it in theirs.
        Assert.All(malformed.Failure.FieldErrors.Values, message => Assert.Matches(@"^\P{IsBasicLatin}.* \(.+\)$", message));

        Assert.Equal(1, await StoredAsync(portal, code));
        await using var db = portal.CreateDbContext();
        Assert.False(await db.ReportCategories.AnyAsync(c => c.NameZh == "另一类别"));
        Assert.Equal(1, await AuditedAsync(portal, code));
    }

    private static string NewCode() => $"test-{Guid.NewGuid():N}"[..20];

    private static ReportCategoryDraft Draft(string code) =>
        new(code, "测试类别", "Test category", LegalSource.MctMinorsOpinions, 6, 5, CasePriority.High);

    private static Task<StepResult<ReportCategory>> AddAsync(PortalFactory portal, string userName, ReportCategoryDraft draft) =>
        portal.AsAsync<ReportTaxonomy, StepResult<ReportCategory>>(userName, (taxonomy, _) => taxonomy.AddAsync(draft));

    private static async Task<int> StoredAsync(PortalFactory portal, string code)
    {
        await using var db = portal.CreateDbContext();
        return await db.ReportCategories.CountAsync(c => c.Code == code);
    }

    private static async Task<int> AuditedAsync(PortalFactory portal, string code)
    {
        await using var db = portal.CreateDbContext();
        return await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ReportCategoryAdded && a.RecordId == code);
    }
}
