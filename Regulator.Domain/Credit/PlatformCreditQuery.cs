using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// The platform API's read of a publisher's credit (CAC Art. 15: services linked to the grade). The filing is found
/// through the scoping filter, so a platform asking about another platform's publisher id gets null (404), and the
/// answer carries the grade and listing only — never another platform's facts. One indexed round trip, no tracking.
/// </summary>
public sealed class PlatformCreditQuery(RegulatorDbContext db, TimeProvider clock)
{
    public async Task<PublisherCreditStanding?> PublisherAsync(int platformId, string platformPublisherId, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var listings = db.UntrustworthyDesignations.IgnoreQueryFilters()
            .Where(d => d.State == DesignationState.Listed && d.StartsOn <= today && d.EndsOn >= today);
        // One round trip for the usual answer (a graded, unlisted publisher): the filing, its person's grade and whether a
        // listing is in force. Platforms ask this before every login and payout, so a second query is paid only when listed.
        var row = await (from f in db.Filings.AsNoTracking()
                         where f.PlatformId == platformId && f.PlatformPublisherId == platformPublisherId
                         join s in db.CreditSubjects.IgnoreQueryFilters().AsNoTracking() on f.IdentityBlindIndex equals s.IdentityBlindIndex into graded
                         from s in graded.DefaultIfEmpty()
                         select new
                         {
                             SubjectId = (long?)s!.Id, Grade = (CreditGrade?)s.Grade, ModelVersion = (int?)s.ModelVersion, GradedOn = (DateOnly?)s.GradedOn,
                             Listed = listings.Any(d => d.SubjectId == s.Id),
                         }).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        if (row.SubjectId is not { } subjectId)
        {
            // Filed moments ago and not yet picked up by the collector: graded at the base score like every new subject.
            var model = await db.CreditRatingModels.AsNoTracking().SingleAsync(m => m.State == CreditModelState.Published, ct);
            return new PublisherCreditStanding(platformPublisherId, model.GradeFor(model.BaseScore), model.Version, today, null, null, null, null);
        }
        var listing = row.Listed
            ? await listings.AsNoTracking().Where(d => d.SubjectId == subjectId).OrderByDescending(d => d.Level)
                .Select(d => new { d.Level, d.Measures, d.StartsOn, d.EndsOn }).FirstAsync(ct)
            : null;
        return new PublisherCreditStanding(platformPublisherId, row.Grade!.Value, row.ModelVersion!.Value, row.GradedOn!.Value,
            listing?.Level, listing?.Measures, listing?.StartsOn, listing?.EndsOn);
    }
}
