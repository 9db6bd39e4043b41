using Regulator.Bench.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Reports;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Reports;

namespace Regulator.Tests.Reports;

/// <summary>Puts reports and cases into a portal and posts the case page's forms, as the report tests need.</summary>
public static class ReportsArrange
{
    public const string ReporterPhone = "13900001111";

    public static ReportPushClient Pusher(PortalFactory portal) =>
        new(portal.CreateClient(), portal.Services.GetRequiredService<ReportIntakeOptions>().SharedSecret, TimeProvider.System);

    public static async Task<(string Name, string Uscc)> PlatformInAsync(PortalFactory portal, string province)
    {
        await using var db = portal.CreateDbContext();
        var p = await db.Platforms.FirstAsync(p => p.ProvinceCode == province);
        return (p.Name, p.Uscc);
    }

    public static ReportDraft Draft(string id, string? platformName, string? uscc = null, string category = "harmful-sexual", string? accountId = null,
        string description = "直播内容低俗") =>
        new(id, DateTimeOffset.UtcNow.AddMinutes(-10), platformName, uscc, "主播", accountId ?? Guid.NewGuid().ToString("N")[..12], null, null, category, description, [],
            false, ReporterPhone);

    /// <summary>Pushes one report about a platform of <paramref name="province"/>; returns the case it opened and the report.</summary>
    public static async Task<(long CaseId, long ReportId)> NewCaseAsync(PortalFactory portal, string province, string? accountId = null, string description = "直播内容低俗")
    {
        var platform = await PlatformInAsync(portal, province);
        var id = $"C{Guid.NewGuid():N}"[..12];
        using (var response = await Pusher(portal).PushAsync([Draft(id, platform.Name, accountId: accountId, description: description)])) response.EnsureSuccessStatusCode();
        await using var db = portal.CreateDbContext();
        var report = await db.Reports.SingleAsync(r => r.ExternalId == id);
        return (report.CaseId, report.Id);
    }

    /// <summary>Stands for the case having been assigned and handled to its end: the closing itself is tested through the page.</summary>
    public static async Task CloseAsync(PortalFactory portal, long caseId, CaseOutcome outcome, PunitiveMeasures measures = PunitiveMeasures.None, string note = "已核查")
    {
        await using var db = portal.CreateDbContext();
        await db.ReportCases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Status, CaseStatus.Closed).SetProperty(c => c.Outcome, outcome)
            .SetProperty(c => c.Measures, measures).SetProperty(c => c.ClosingNote, note).SetProperty(c => c.ClosedUtc, DateTime.UtcNow));
    }

    // Posts a form with its antiforgery token and handler plus repeated and select/textarea values, which HtmlForm does not
    // model; a value named like one of the form's inputs replaces it.
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, AngleSharp.Dom.IDocument page, string handler, IEnumerable<(string Name, string Value)> values)
    {
        var given = values.ToList();
        var fields = HtmlForm.Named(page, handler).Fields().Where(f => given.All(v => v.Name != f.Key)).Select(f => (f.Key, f.Value)).Concat(given)
            .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2));
        return client.PostAsync(new Uri(page.Url).PathAndQuery, new FormUrlEncodedContent(fields));
    }
}
