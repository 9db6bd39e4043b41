using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Documents;
using Regulator.Domain.Persistence;
using Regulator.Domain.SpotChecks;
using Regulator.Web.Documents;
using Regulator.Web.Documents.Pdf;
using Regulator.Domain.Identity;

namespace Regulator.Web.SpotChecks.Documents;

/// <summary>
/// Prints the spot-check documents. A task's notice is printed once and filed (the platform receives that copy; asking
/// again serves it); a plan's announcement is printed from the public record each time it is asked for, so it always
/// carries the record's present state.
/// </summary>
public sealed class SpotCheckDocuments(RegulatorDbContext db, DocumentHtmlRenderer html, PdfPrinter printer, DocumentArchive archive, TimeProvider clock)
{
    /// <summary>The notice of a task the actor may see, printed and filed on first request; not found for a task the actor may not see.</summary>
    public async Task<StepResult<GeneratedDocument>> NoticeAsync(Actor actor, SpotCheckTasks tasks, long taskId, CancellationToken ct)
    {
        var task = await tasks.FindAsync(actor, taskId, ct);
        if (task is null) return StepFailure.NotFound;
        if (task.NoticeDocumentId is { } filed && await db.GeneratedDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == filed, ct) is { } existing) return existing;
        var plan = await db.SpotCheckPlans.AsNoTracking().FirstAsync(p => p.Id == task.PlanId, ct);
        var items = await db.CheckItems.AsNoTracking().Where(i => plan.CheckItemIds.Contains(i.Id)).OrderBy(i => i.Id).ToListAsync(ct);
        var inspectorIds = task.Inspectors.Select(i => i.InspectorId).ToList();
        var certificates = await db.Inspectors.AsNoTracking().Where(i => inspectorIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.CertificateNumber, ct);
        var agency = plan.Agency ?? Agency.Cyberspace;
        var number = $"抽查〔{task.DrawnOn.Year}〕{plan.Id}-{task.DrawOrder} 号";
        var model = new NoticeModel(IssuingOffice.For(plan.ProvinceCode, agency), number, plan, task, items,
            task.Inspectors.OrderBy(i => i.Position).Select(i => (i.Name, certificates.GetValueOrDefault(i.InspectorId, ""))).ToList(), ChinaTime.Today(clock));
        var pdf = await printer.PrintAsync(new PrintRequest(await html.RenderAsync<NoticeDocument>(new Dictionary<string, object?> { ["Model"] = model })), ct);
        var document = await archive.SaveAsync(new GeneratedDocument
        {
            Key = $"spot-check-notice:{task.Id}",
            Kind = DocumentKind.SpotCheckNotice,
            ProvinceCode = task.ProvinceCode,
            Title = $"{task.PlatformName} 随机抽查通知书（{number}）",
            PeriodStart = plan.PeriodStart,
            PeriodEnd = plan.PeriodEnd,
            PlatformId = task.PlatformId,
            FileName = $"spot-check-notice-{plan.Id}-{task.DrawOrder}.pdf",
        }, pdf, ct: ct);
        await db.SpotCheckTasks.Where(t => t.Id == task.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.NoticeDocumentId, document.Id), ct);
        return document;
    }

    /// <summary>The results announcement of a published plan; null when the plan is not published.</summary>
    public async Task<byte[]?> AnnouncementAsync(PublicSpotChecks record, int planId, CancellationToken ct)
    {
        if (await record.FindAsync(planId, ct) is not { } detail) return null;
        var model = new AnnouncementModel(IssuingOffice.For(detail.Plan.ProvinceCode, detail.Plan.Agency ?? Agency.Cyberspace), detail,
            $"/api/public/spot-checks/draws/{detail.Draws.Last().Id}/verification");
        return await printer.PrintAsync(new PrintRequest(await html.RenderAsync<AnnouncementDocument>(new Dictionary<string, object?> { ["Model"] = model })), ct);
    }
}
