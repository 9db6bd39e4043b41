using System.Data;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// Computes grades. One subject at a time when one of its facts or designations changes (a few small queries,
/// well under 100 ms), and every subject at once, set-based, when a model is published, previewed or the day moves
/// facts out of their counting period: the new scores go into a temporary table in a handful of statements, from
/// which the grade history is written and the subjects updated — no row-by-row work at any scale. It runs as the portal
/// itself (all provinces): grading is the same rule for everyone, and the callers have already checked who may act.
/// </summary>
public sealed partial class CreditGrading(RegulatorDbContext db, TimeProvider clock)
{
    /// <summary>Filings that make a publisher one of the platform's: not rejected, withdrawn or expired.</summary>
    internal static readonly FilingStatus[] CurrentFilingStatuses = [FilingStatus.Submitted, FilingStatus.Accepted, FilingStatus.ReturnedForCorrection];

    /// <summary>The published model; the seeded version 1 until the national administrator publishes another.</summary>
    public async Task<CreditRatingModel> ModelInForceAsync(CancellationToken ct = default) =>
        await db.CreditRatingModels.AsNoTracking().Include(m => m.Rules).SingleAsync(m => m.State == CreditModelState.Published, ct);

    /// <summary>Re-grades one subject from its stored facts and its designations in force; writes a history line when the grade or score moves.</summary>
    public Task<CreditSubject> RegradeAsync(long subjectId, string reason, CancellationToken ct = default) => RegradeAsync(subjectId, reason, null, ct);

    /// <summary>
    /// Re-grades one subject counting <paramref name="newFact"/> too, a fact added to the context and not yet saved:
    /// the fact, the new grade and its history line are saved by one <c>SaveChanges</c>, so no reader ever sees a fact
    /// its subject's score does not count, and no write lock is held while the grade is computed. A unique violation
    /// (the same source fact saved meanwhile by another pass) leaves the caller to discard the unsaved changes.
    /// </summary>
    public async Task<CreditSubject> RegradeAsync(long subjectId, string reason, CreditFact? newFact, CancellationToken ct = default)
    {
        var model = await ModelInForceAsync(ct);
        var subject = await db.CreditSubjects.IgnoreQueryFilters().SingleAsync(s => s.Id == subjectId, ct);
        var today = ChinaTime.Today(clock);
        var facts = await db.CreditFacts.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.SubjectId == subjectId && f.WithdrawnUtc == null && f.CountsUntil >= today).ToListAsync(ct);
        if (newFact is not null && newFact.CountsUntil >= today) facts.Add(newFact);
        var designation = await db.UntrustworthyDesignations.IgnoreQueryFilters()
            .Where(d => d.SubjectId == subjectId && d.State == DesignationState.Listed && d.StartsOn <= today && d.EndsOn >= today)
            .Select(d => (DesignationLevel?)d.Level).MaxAsync(ct);
        var publisherPoints = subject.Kind == CreditSubjectKind.Platform ? await PublisherPointsAsync(model, subject.PlatformId!.Value, ct) : 0;
        var score = CreditScore.Score(model, facts, today, publisherPoints);
        var grade = CreditScore.Grade(model, score, designation);
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        if (score != subject.Score || grade != subject.Grade)
            db.CreditGradeChanges.Add(new CreditGradeChange
            {
                SubjectId = subject.Id, ProvinceCode = subject.ProvinceCode, ChangedUtc = nowUtc, FromGrade = subject.Grade, ToGrade = grade,
                FromScore = subject.Score, ToScore = score, ModelVersion = model.Version, Reason = reason,
            });
        subject.Score = score;
        subject.Grade = grade;
        subject.PublisherPoints = publisherPoints;
        subject.Designation = designation;
        subject.ModelVersion = model.Version;
        subject.GradedOn = today;
        subject.GradedUtc = nowUtc;
        await db.SaveChangesAsync(ct);
        return subject;
    }

    private async Task<int> PublisherPointsAsync(CreditRatingModel model, int platformId, CancellationToken ct)
    {
        var filings = db.Filings.IgnoreQueryFilters().Where(f => f.PlatformId == platformId && CurrentFilingStatuses.Contains(f.Status));
        var publishers = db.CreditSubjects.IgnoreQueryFilters()
            .Where(s => s.Kind == CreditSubjectKind.Publisher && filings.Any(f => f.IdentityBlindIndex == s.IdentityBlindIndex));
        var total = await publishers.CountAsync(ct);
        var atRisk = await publishers.CountAsync(s => s.Grade >= CreditGrade.C, ct);
        return CreditScore.PublisherPoints(model, total, atRisk);
    }

    /// <summary>How many subjects would change grade under <paramref name="model"/> today, by province and kind; writes nothing.</summary>
    public async Task<IReadOnlyList<CreditGradeShift>> PreviewAsync(CreditRatingModel model, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ComputeNextAsync(model, ct);
        var shifts = await db.Database.SqlQueryRaw<CreditGradeShift>("""
            SELECT province AS "ProvinceCode", kind AS "Kind", COUNT(*) AS "Subjects",
                   SUM(CASE WHEN grade < old_grade THEN 1 ELSE 0 END) AS "Upgraded",
                   SUM(CASE WHEN grade > old_grade THEN 1 ELSE 0 END) AS "Downgraded",
                   SUM(CASE WHEN grade = 1 THEN 1 ELSE 0 END) AS "NowA", SUM(CASE WHEN grade = 2 THEN 1 ELSE 0 END) AS "NowB",
                   SUM(CASE WHEN grade = 3 THEN 1 ELSE 0 END) AS "NowC", SUM(CASE WHEN grade = 4 THEN 1 ELSE 0 END) AS "NowD"
            FROM credit_next GROUP BY province, kind ORDER BY province, kind
            """).ToListAsync(ct);
        await db.Database.ExecuteSqlRawAsync("DROP TABLE credit_next", ct);
        await transaction.RollbackAsync(ct);
        return shifts;
    }

    /// <summary>
    /// Re-grades every subject under <paramref name="model"/> (the one being published, or the one in force for the
    /// daily pass), set-based, in one transaction; with <paramref name="rewriteFacts"/> the facts' points and counting
    /// periods are first rewritten to the model. Returns how many subjects changed grade or score.
    /// </summary>
    public async Task<int> RegradeAllAsync(CreditRatingModel model, string reason, bool rewriteFacts, CancellationToken ct = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            if (rewriteFacts)
                await RunAsync($"""
                    UPDATE "CreditFacts" SET "Points" = r."Points", "CountsUntil" = {CreditSql.AddDays(db, "\"CreditFacts\".\"OccurredOn\"", "r.\"CountsDays\" - 1")}, "ModelVersion" = @version
                    FROM "CreditRules" r
                    WHERE r."ModelId" = @model AND r."Kind" = "CreditFacts"."Kind" AND r."Severity" = "CreditFacts"."Severity" AND "CreditFacts"."WithdrawnUtc" IS NULL
                    """, ct, ("version", model.Version), ("model", model.Id));
            await ComputeNextAsync(model, ct);
            // Taken after the long computation, so single re-grades wait only for the writes below.
            var answerVersion = await CreditAnswerStamp.NextAsync(db, ct);
            var nowUtc = clock.GetUtcNow().UtcDateTime;
            var changed = await RunAsync("""
                INSERT INTO "CreditGradeChanges" ("SubjectId", "ProvinceCode", "ChangedUtc", "FromGrade", "ToGrade", "FromScore", "ToScore", "ModelVersion", "Reason")
                SELECT id, province, @now, old_grade, grade, old_score, score, @version, @reason FROM credit_next
                WHERE grade <> old_grade OR score <> old_score
                """, ct, ("now", nowUtc), ("version", model.Version), ("reason", reason));
            await RunAsync("""
                UPDATE "CreditSubjects" SET "Score" = n.score, "Grade" = n.grade, "PublisherPoints" = n.publisher_points, "Designation" = n.designation,
                       "ModelVersion" = @version, "GradedOn" = @today, "GradedUtc" = @now, "ChangeVersion" = @answer
                FROM credit_next n WHERE "CreditSubjects"."Id" = n.id
                """, ct, ("version", model.Version), ("today", ChinaTime.Today(clock)), ("now", nowUtc), ("answer", answerVersion));
            await db.Database.ExecuteSqlRawAsync("DROP TABLE credit_next", ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return changed;
        });
    }

    /// <summary>Fills the temporary table <c>credit_next</c> with every subject's current and next score and grade under the model.</summary>
    private async Task ComputeNextAsync(CreditRatingModel model, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TEMP TABLE credit_next (id BIGINT PRIMARY KEY, kind INTEGER NOT NULL, province VARCHAR(2) NOT NULL, old_grade INTEGER NOT NULL,
                old_score INTEGER NOT NULL, score INTEGER NOT NULL, publisher_points INTEGER NOT NULL, designation INTEGER NULL, grade INTEGER NOT NULL)
            """, ct);
        var today = ChinaTime.Today(clock);
        var factPoints = $"""
            SELECT f."SubjectId" AS subject_id, SUM(r."Points") AS points
            FROM "CreditFacts" f JOIN "CreditRules" r ON r."ModelId" = @model AND r."Kind" = f."Kind" AND r."Severity" = f."Severity"
            WHERE f."WithdrawnUtc" IS NULL AND {CreditSql.AddDays(db, "f.\"OccurredOn\"", "r.\"CountsDays\" - 1")} >= @today
            GROUP BY f."SubjectId"
            """;
        const string designations = """
            SELECT "SubjectId" AS subject_id, MAX("Level") AS level FROM "UntrustworthyDesignations"
            WHERE "State" = 2 AND "StartsOn" <= @today AND "EndsOn" >= @today GROUP BY "SubjectId"
            """;
        await RunAsync($"""
            INSERT INTO credit_next (id, kind, province, old_grade, old_score, score, publisher_points, designation, grade)
            SELECT s."Id", s."Kind", s."ProvinceCode", s."Grade", s."Score", @base + COALESCE(p.points, 0), 0, d.level, 0
            FROM "CreditSubjects" s
            LEFT JOIN ({factPoints}) p ON p.subject_id = s."Id"
            LEFT JOIN ({designations}) d ON d.subject_id = s."Id"
            WHERE s."Kind" = 1
            """, ct, ("base", model.BaseScore), ("model", model.Id), ("today", today));
        await GradeNextAsync(model, 1, ct);
        var current = string.Join(", ", CurrentFilingStatuses.Select(s => (int)s));
        await RunAsync($"""
            INSERT INTO credit_next (id, kind, province, old_grade, old_score, score, publisher_points, designation, grade)
            SELECT s."Id", s."Kind", s."ProvinceCode", s."Grade", s."Score",
                   @base + COALESCE(p.points, 0) + COALESCE(-((@penalty * c.at_risk) / c.publishers), 0),
                   COALESCE(-((@penalty * c.at_risk) / c.publishers), 0), d.level, 0
            FROM "CreditSubjects" s
            LEFT JOIN ({factPoints}) p ON p.subject_id = s."Id"
            LEFT JOIN ({designations}) d ON d.subject_id = s."Id"
            LEFT JOIN (SELECT f."PlatformId" AS platform_id, COUNT(DISTINCT n.id) AS publishers,
                              COUNT(DISTINCT CASE WHEN n.grade >= 3 THEN n.id END) AS at_risk
                       FROM "Filings" f JOIN "CreditSubjects" ps ON ps."IdentityBlindIndex" = f."IdentityBlindIndex"
                       JOIN credit_next n ON n.id = ps."Id"
                       WHERE f."Status" IN ({current}) GROUP BY f."PlatformId") c ON c.platform_id = s."PlatformId"
            WHERE s."Kind" = 2
            """, ct, ("base", model.BaseScore), ("penalty", model.PlatformPublisherPenalty), ("model", model.Id), ("today", today));
        await GradeNextAsync(model, 2, ct);
    }

    private Task<int> GradeNextAsync(CreditRatingModel model, int kind, CancellationToken ct) => RunAsync("""
        UPDATE credit_next SET grade = CASE
            WHEN designation = 2 THEN 4
            WHEN designation IS NULL AND score >= @a THEN 1
            WHEN designation IS NULL AND score >= @b THEN 2
            WHEN score >= @c THEN 3
            ELSE 4 END
        WHERE kind = @kind
        """, ct, ("a", model.ThresholdA), ("b", model.ThresholdB), ("c", model.ThresholdC), ("kind", kind));

    /// <summary>Runs a statement written with <c>@name</c> placeholders, each bound as a parameter.</summary>
    private Task<int> RunAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        var names = parameters.Select(p => p.Name).ToList();
        var text = Placeholder().Replace(sql, m =>
        {
            var index = names.IndexOf(m.Groups[1].Value);
            if (index < 0) throw new InvalidOperationException($"No value for @{m.Groups[1].Value}.");
            return "{" + index + "}";
        });
        return db.Database.ExecuteSqlRawAsync(text, parameters.Select(p => p.Value), ct);
    }

    [GeneratedRegex(@"@([a-z]+)")]
    private static partial Regex Placeholder();
}
