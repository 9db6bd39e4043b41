using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Credit;
using Regulator.Domain.Documents;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;
using Regulator.Web.Documents;
using Regulator.Web.Documents.Pdf;

namespace Regulator.Web.Credit.Documents;

/// <summary>
/// Prints the notice (after the proposal) and the decision (after listing) of a designation through the portal's
/// Chromium printer, files them with the province's documents (scoped like any other) and links them to the procedure.
/// Called after the step succeeded for an actor who could see the procedure.
/// </summary>
public sealed class DesignationPaperwork(RegulatorDbContext db, DocumentHtmlRenderer html, PdfPrinter printer, DocumentArchive archive,
    UntrustworthyProcedure procedure, WorkingCalendar calendar)
{
    public Task<GeneratedDocument> PrintNoticeAsync(long designationId, CancellationToken ct = default) => PrintAsync(designationId, decision: false, ct);

    public Task<GeneratedDocument> PrintDecisionAsync(long designationId, CancellationToken ct = default) => PrintAsync(designationId, decision: true, ct);

    private async Task<GeneratedDocument> PrintAsync(long designationId, bool decision, CancellationToken ct)
    {
        var designation = await db.UntrustworthyDesignations.IgnoreQueryFilters().AsNoTracking().Include(d => d.Subject).Include(d => d.Criterion)
            .SingleAsync(d => d.Id == designationId, ct);
        // Called only after a decision was taken; a decision document for an undecided procedure is a programming error.
        if (decision && designation.DecidedOn is null) throw new InvalidOperationException($"Designation {designationId} has no decision to print.");
        var facts = await db.CreditFacts.IgnoreQueryFilters().AsNoTracking().Where(f => designation.FactIds.Contains(f.Id)).OrderBy(f => f.OccurredOn).ToListAsync(ct);
        var issuedOn = decision ? designation.DecidedOn!.Value : designation.NoticeIssuedOn;
        var number = $"{(decision ? "信决" : "信告")}〔{issuedOn.Year}〕{designation.ProvinceCode}-{designation.Id} 号";
        // The period is the one stored with the designation (its notice day to its deadline), not today's setting, so a
        // notice printed again after the setting changed still says what the party was given.
        var model = new DesignationDocumentModel(decision, IssuingOffice.For(designation.ProvinceCode, designation.Agency), number, designation, designation.Subject!,
            designation.Criterion!, facts, calendar.WorkingDaysBetween(designation.NoticeIssuedOn, designation.DefenceDueOn), issuedOn);
        var bytes = await printer.PrintAsync(new PrintRequest(await html.RenderAsync<DesignationDocument>(new Dictionary<string, object?> { ["Model"] = model })), ct);
        var document = await archive.SaveAsync(new GeneratedDocument
        {
            Key = $"credit-{(decision ? "decision" : "notice")}:{designation.Id}",
            Kind = decision ? DocumentKind.UntrustworthyDecision : DocumentKind.UntrustworthyNotice,
            ProvinceCode = designation.ProvinceCode,
            Title = $"{designation.Subject!.Name} 失信主体认定{(decision ? "决定书" : "告知书")}",
            PeriodStart = issuedOn,
            PeriodEnd = issuedOn,
            PlatformId = designation.Subject.PlatformId,
            FileName = $"credit-{(decision ? "decision" : "notice")}-{designation.Id}.pdf",
        }, bytes, ct: ct);
        await procedure.AttachDocumentAsync(designation.Id, document.Id, decision, ct);
        return document;
    }
}
