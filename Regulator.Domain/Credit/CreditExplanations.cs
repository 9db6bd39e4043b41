using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// Reads a subject's grade with its explanation and history, through the province scope: another province's subject is
/// not found (null) and nothing is audited; a subject found is audited as viewed.
/// </summary>
public sealed class CreditExplanations(RegulatorDbContext db, AuditLog audit)
{
    public async Task<CreditExplanation?> ExplainAsync(long subjectId, bool auditRead = true, CancellationToken ct = default)
    {
        CreditSubject? subject;
        CreditRatingModel model;
        List<CreditFact> facts;
        List<CreditGradeChange> history;
        // The grade and the facts it adds up from are read as of one commit, or a fact recorded in between would be
        // shown beside a score that does not yet count it.
        await using (await SnapshotRead.BeginAsync(db.Database, ct))
        {
            subject = await db.CreditSubjects.AsNoTracking().FirstOrDefaultAsync(s => s.Id == subjectId, ct);
            if (subject is null) return null;
            model = await db.CreditRatingModels.AsNoTracking().Include(m => m.Rules).SingleAsync(m => m.Version == subject.ModelVersion, ct);
            facts = await db.CreditFacts.AsNoTracking().Where(f => f.SubjectId == subjectId).OrderByDescending(f => f.OccurredOn).ThenByDescending(f => f.Id).ToListAsync(ct);
            history = await db.CreditGradeChanges.AsNoTracking().Where(h => h.SubjectId == subjectId).OrderBy(h => h.ChangedUtc).ThenBy(h => h.Id).ToListAsync(ct);
        }
        if (auditRead) await audit.RecordAsync(CreditAuditActions.SubjectViewed, nameof(CreditSubject), subject.Id.ToString(), subject.ProvinceCode, ct: ct);
        return new CreditExplanation(subject, model,
            [.. facts.Where(f => f.CountsOn(subject.GradedOn))],
            [.. facts.Where(f => !(f.CountsOn(subject.GradedOn)))],
            history);
    }
}
