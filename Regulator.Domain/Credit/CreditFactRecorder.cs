using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// Records facts and withdraws them, and re-grades the subject at once, so a new fact is in the grade before the call
/// returns. Idempotent per source record and subject: recording the same source again changes nothing. The hook for
/// every source feature — the collector (<see cref="CreditFactCollector"/>) for report cases, blacklist entries and
/// findings, the measures API, penalties, and the spot-check feature for its results.
/// </summary>
public sealed class CreditFactRecorder(RegulatorDbContext db, CreditSubjects subjects, CreditGrading grading, TimeProvider clock)
{
    /// <summary>Records the fact (unless its source was recorded for that subject already) and returns the subject, re-graded.</summary>
    public async Task<(CreditFact Fact, CreditSubject Subject)> RecordAsync(CreditFactDraft draft, CancellationToken ct = default)
    {
        var subject = await SubjectOfAsync(draft, ct);
        var existing = await db.CreditFacts.IgnoreQueryFilters()
            .FirstOrDefaultAsync(f => f.SourceType == draft.SourceType && f.SourceId == draft.SourceId && f.SubjectId == subject.Id, ct);
        if (existing is not null) return (existing, subject);
        var model = await grading.ModelInForceAsync(ct);
        var fact = Weigh(model, new CreditFact
        {
            SubjectId = subject.Id,
            Kind = draft.Kind,
            Severity = draft.Severity,
            SourceType = draft.SourceType,
            SourceId = draft.SourceId,
            OccurredOn = draft.OccurredOn,
            ProvinceCode = subject.ProvinceCode,
            SourceProvinceCode = draft.SourceProvinceCode,
            Agency = draft.Agency,
            PlatformId = draft.PlatformId,
            Summary = draft.Summary.Length > 500 ? draft.Summary[..500] : draft.Summary,
            DocumentNumber = draft.DocumentNumber,
            RecordedUtc = clock.GetUtcNow().UtcDateTime,
        });
        db.CreditFacts.Add(fact);
        try
        {
            subject = await grading.RegradeAsync(subject.Id, $"新事实：{KindWords(fact.Kind)}（{fact.SourceType} #{fact.SourceId}）", fact, ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another pass (a second portal instance, or the daily job beside the collector) recorded the same source
            // fact between our look and our save, and re-graded the subject with it: its fact and grade stand, ours go.
            db.Entry(fact).State = EntityState.Detached;
            foreach (var line in db.ChangeTracker.Entries<CreditGradeChange>().Where(e => e.State == EntityState.Added).ToList()) line.State = EntityState.Detached;
            var tracked = db.ChangeTracker.Entries<CreditSubject>().FirstOrDefault(e => e.Entity.Id == subject.Id);
            if (tracked is not null) await tracked.ReloadAsync(ct);
            return (await db.CreditFacts.IgnoreQueryFilters().AsNoTracking()
                .FirstAsync(f => f.SourceType == draft.SourceType && f.SourceId == draft.SourceId && f.SubjectId == subject.Id, ct),
                tracked?.Entity ?? subject);
        }
        return (fact, subject);
    }

    /// <summary>Withdraws the facts of an annulled source record (they then count for nothing, and say why) and re-grades their subjects.</summary>
    public async Task<int> WithdrawAsync(string sourceType, string sourceId, string reason, CancellationToken ct = default)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var facts = await db.CreditFacts.IgnoreQueryFilters()
            .Where(f => f.SourceType == sourceType && f.SourceId == sourceId && f.WithdrawnUtc == null).ToListAsync(ct);
        foreach (var fact in facts)
        {
            fact.WithdrawnUtc = clock.GetUtcNow().UtcDateTime;
            fact.WithdrawnReason = reason;
            fact.Points = 0;
        }
        await db.SaveChangesAsync(ct);
        foreach (var subjectId in facts.Select(f => f.SubjectId).Distinct())
            await grading.RegradeAsync(subjectId, $"事实撤销：{sourceType} #{sourceId}（{reason}）", ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return facts.Count;
    }

    /// <summary>Sets a fact's weight and counting period from the model: the day it happened is the first of <c>CountsDays</c>.</summary>
    public static CreditFact Weigh(CreditRatingModel model, CreditFact fact)
    {
        var rule = model.RuleFor(fact.Kind, fact.Severity)
            ?? throw new InvalidOperationException($"Rating model {model.Version} has no rule for {fact.Kind}/{fact.Severity}.");
        fact.Points = rule.Points;
        fact.CountsUntil = fact.OccurredOn.AddDays(rule.CountsDays - 1);
        fact.ModelVersion = model.Version;
        return fact;
    }

    /// <summary>Whether facts of this kind raise the score (a spot check passed, a finding corrected, a clean period).</summary>
    public static bool IsPositive(CreditFactKind kind) => kind is CreditFactKind.SpotCheckPassed or CreditFactKind.FindingCorrected or CreditFactKind.CleanPeriod;

    public static string KindWords(CreditFactKind kind) => kind switch
    {
        CreditFactKind.ReportSubstantiated => "举报查证属实",
        CreditFactKind.PlatformMeasure => "平台处置措施",
        CreditFactKind.BlacklistPublished => "列入黑名单",
        CreditFactKind.InspectionFinding => "巡查发现问题",
        CreditFactKind.SpotCheckFailed => "抽查不合格",
        CreditFactKind.AdministrativePenalty => "行政处罚",
        CreditFactKind.SpotCheckPassed => "抽查合格",
        CreditFactKind.FindingCorrected => "问题按期整改",
        CreditFactKind.CleanPeriod => "长期无不良记录",
        _ => kind.ToString(),
    };

    private async Task<CreditSubject> SubjectOfAsync(CreditFactDraft draft, CancellationToken ct)
    {
        if (draft.IdentityBlindIndex is { } blindIndex)
            return await subjects.PublisherAsync(blindIndex, (CreditSubject.UnfiledPublisherName, draft.IdentityMasked ?? "", draft.SourceProvinceCode, draft.Agency), ct);
        if (draft.SubjectPlatformId is { } platformId) return await subjects.PlatformAsync(platformId, ct);
        throw new ArgumentException("A fact needs a publisher identity or a platform.", nameof(draft));
    }
}
