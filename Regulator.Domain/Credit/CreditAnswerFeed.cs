using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// The database side of the in-memory credit answers (<see cref="CreditAnswerTable"/>): the current answer version, the
/// publisher subjects and filings' links for a full load, and what changed between two versions. It reads as the portal
/// (all provinces and platforms): the table is scoped per request by the caller's platform, not here.
/// </summary>
public sealed class CreditAnswerFeed(RegulatorDbContext db)
{
    /// <summary>The latest committed answer version: every change stamped at or below it is committed and visible.</summary>
    public Task<long> CurrentVersionAsync(CancellationToken ct = default) =>
        db.CreditAnswerVersions.AsNoTracking().Where(v => v.Id == CreditAnswerVersion.SingletonId).Select(v => v.Version).SingleAsync(ct);

    /// <summary>
    /// Publisher subjects stamped above <paramref name="after"/> and at most <paramref name="upTo"/> (all of them from
    /// <c>long.MinValue</c>), each with its listings in the listed state, ordered by subject id. One statement, so a
    /// subject and its listings are read as of one moment.
    /// </summary>
    public IAsyncEnumerable<CreditAnswerRow> SubjectsAsync(long after, long upTo)
    {
        var designations = db.UntrustworthyDesignations.IgnoreQueryFilters();
        return (from s in db.CreditSubjects.IgnoreQueryFilters()
                where s.Kind == CreditSubjectKind.Publisher && s.ChangeVersion > after && s.ChangeVersion <= upTo
                from d in designations.Where(d => d.SubjectId == s.Id && d.State == DesignationState.Listed).DefaultIfEmpty()
                orderby s.Id
                select new CreditAnswerRow(s.Id, s.Grade, s.ModelVersion, s.GradedOn,
                    d == null ? null : d.Level, d == null ? null : d.Measures, d == null ? null : d.StartsOn, d == null ? null : d.EndsOn))
            .AsNoTracking().AsAsyncEnumerable();
    }

    /// <summary>Every filing whose person has a publisher subject, with that subject: the links of a full load.</summary>
    public IAsyncEnumerable<CreditAnswerLink> LinksAsync() =>
        (from f in db.Filings.IgnoreQueryFilters()
         join s in db.CreditSubjects.IgnoreQueryFilters().Where(s => s.Kind == CreditSubjectKind.Publisher) on f.IdentityBlindIndex equals s.IdentityBlindIndex
         select new CreditAnswerLink(f.PlatformId, f.PlatformPublisherId, s.Id))
        .AsNoTracking().AsAsyncEnumerable();

    /// <summary>Filings whose identity changed between the two versions, with the subject they lead to now (null: none yet).</summary>
    public async Task<IReadOnlyList<CreditAnswerLink>> RelinkedAsync(long after, long upTo, CancellationToken ct = default)
    {
        var subjects = db.CreditSubjects.IgnoreQueryFilters();
        return await (from c in db.CreditLinkChanges
                      where c.Version > after && c.Version <= upTo
                      join f in db.Filings.IgnoreQueryFilters() on new { c.PlatformId, c.PlatformPublisherId } equals new { f.PlatformId, f.PlatformPublisherId }
                      from s in subjects.Where(s => s.IdentityBlindIndex == f.IdentityBlindIndex).DefaultIfEmpty()
                      orderby c.Version
                      select new CreditAnswerLink(c.PlatformId, c.PlatformPublisherId, s == null ? null : s.Id))
            .AsNoTracking().ToListAsync(ct);
    }
}
