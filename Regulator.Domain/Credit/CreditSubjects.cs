using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// Brings subjects into being: every filed identity is a publisher subject and every registered platform a platform
/// subject, graded A at the base score until a fact says otherwise. New filings and platforms are picked up set-based
/// from the last filing id seen (<see cref="AddMissingAsync"/>); a fact about an identity nobody filed (a blacklist
/// entry proposed from a report) creates its subject on the spot.
/// </summary>
public sealed class CreditSubjects(RegulatorDbContext db, TimeProvider clock)
{
    /// <summary>The watermark source of new filings.</summary>
    public const string FilingSource = "Filing";

    /// <summary>Adds a subject for every platform and every filed identity that has none; returns how many were added.</summary>
    public async Task<int> AddMissingAsync(CancellationToken ct = default)
    {
        var model = await db.CreditRatingModels.AsNoTracking().SingleAsync(m => m.State == CreditModelState.Published, ct);
        var watermark = await db.CreditSourceWatermarks.FirstOrDefaultAsync(w => w.Source == FilingSource, ct);
        var lastFilingId = watermark?.LastId ?? 0;
        var maxFilingId = await db.Filings.IgnoreQueryFilters().MaxAsync(f => (long?)f.Id, ct) ?? 0;
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var grade = (int)model.GradeFor(model.BaseScore);
        var rated = db.CreditSubjects.IgnoreQueryFilters();
        var platformsMissing = await db.Platforms.IgnoreQueryFilters().AnyAsync(p => !rated.Any(s => s.PlatformId == p.Id), ct);
        if (!platformsMissing && maxFilingId <= lastFilingId) return 0;
        // New subjects change the credit API's answers (a filing of a person not yet rated is answered from the database
        // until its subject is known), so they are stamped with the credit answer version in one transaction.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var answerVersion = await CreditAnswerStamp.NextAsync(db, ct);
        var added = await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "CreditSubjects" ("Kind", "PlatformId", "Name", "Code", "ProvinceCode", "Agency", "Score", "Grade", "PublisherPoints", "ModelVersion", "GradedOn", "GradedUtc", "ChangeVersion")
            SELECT 2, p."Id", p."Name", p."Uscc", p."ProvinceCode", p."Agency", {0}, {1}, 0, {2}, {3}, {4}, {5}
            FROM "Platforms" p WHERE NOT EXISTS (SELECT 1 FROM "CreditSubjects" s WHERE s."PlatformId" = p."Id")
            """, [model.BaseScore, grade, model.Version, today, now, answerVersion], ct);
        if (maxFilingId > lastFilingId)
        {
            // One subject per identity, named after its first filing among the new ones; an identity already rated keeps its subject.
            added += await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "CreditSubjects" ("Kind", "IdentityBlindIndex", "Name", "Code", "ProvinceCode", "Agency", "Score", "Grade", "PublisherPoints", "ModelVersion", "GradedOn", "GradedUtc", "ChangeVersion")
                SELECT 1, f."IdentityBlindIndex", f."RealName", f."IdentityMasked", f."ProvinceCode", f."Agency", {0}, {1}, 0, {2}, {3}, {4}, {7}
                FROM "Filings" f
                JOIN (SELECT MIN("Id") AS id FROM "Filings" WHERE "Id" > {5} AND "Id" <= {6} GROUP BY "IdentityBlindIndex") first ON first.id = f."Id"
                WHERE NOT EXISTS (SELECT 1 FROM "CreditSubjects" s WHERE s."IdentityBlindIndex" = f."IdentityBlindIndex")
                """, [model.BaseScore, grade, model.Version, today, now, lastFilingId, maxFilingId, answerVersion], ct);
            if (watermark is null) db.CreditSourceWatermarks.Add(watermark = new CreditSourceWatermark { Source = FilingSource });
            watermark.LastId = maxFilingId;
            watermark.LastUtc = now;
            await db.SaveChangesAsync(ct);
        }
        if (transaction is not null) await transaction.CommitAsync(ct);
        return added;
    }

    /// <summary>The publisher subject of an identity, created from its first filing (or from <paramref name="fallback"/> when never filed).</summary>
    public async Task<CreditSubject> PublisherAsync(byte[] blindIndex, (string Name, string Masked, string ProvinceCode, Agency Agency) fallback, CancellationToken ct = default)
    {
        var subject = await db.CreditSubjects.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.IdentityBlindIndex == blindIndex, ct);
        if (subject is not null) return subject;
        var filing = await db.Filings.IgnoreQueryFilters().AsNoTracking().Where(f => f.IdentityBlindIndex == blindIndex).OrderBy(f => f.Id)
            .Select(f => new { f.RealName, f.IdentityMasked, f.ProvinceCode, f.Agency }).FirstOrDefaultAsync(ct);
        return await AddAsync(new CreditSubject
        {
            Kind = CreditSubjectKind.Publisher,
            IdentityBlindIndex = blindIndex,
            Name = filing?.RealName ?? fallback.Name,
            Code = filing?.IdentityMasked ?? fallback.Masked,
            ProvinceCode = filing?.ProvinceCode ?? fallback.ProvinceCode,
            Agency = filing?.Agency ?? fallback.Agency,
        }, ct);
    }

    /// <summary>The platform subject of a registered platform.</summary>
    public async Task<CreditSubject> PlatformAsync(int platformId, CancellationToken ct = default)
    {
        var subject = await db.CreditSubjects.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.PlatformId == platformId, ct);
        if (subject is not null) return subject;
        var platform = await db.Platforms.AsNoTracking().SingleAsync(p => p.Id == platformId, ct);
        return await AddAsync(new CreditSubject
        {
            Kind = CreditSubjectKind.Platform, PlatformId = platform.Id, Name = platform.Name, Code = platform.Uscc,
            ProvinceCode = platform.ProvinceCode, Agency = platform.Agency,
        }, ct);
    }

    private async Task<CreditSubject> AddAsync(CreditSubject subject, CancellationToken ct)
    {
        var model = await db.CreditRatingModels.AsNoTracking().SingleAsync(m => m.State == CreditModelState.Published, ct);
        subject.Score = model.BaseScore;
        subject.Grade = model.GradeFor(model.BaseScore);
        subject.ModelVersion = model.Version;
        subject.GradedOn = ChinaTime.Today(clock);
        subject.GradedUtc = clock.GetUtcNow().UtcDateTime;
        db.CreditSubjects.Add(subject);
        await db.SaveChangesAsync(ct);
        return subject;
    }
}
