using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// The platform API's read of a publisher's credit (CAC Art. 15: services linked to the grade). The filing is found
/// through the scoping filter, so a platform asking about another platform's publisher id gets null (404), and the
/// answer carries the grade and listing only — never another platform's facts. Two indexed lookups, no tracking.
/// </summary>
public sealed class PlatformCreditQuery(RegulatorDbContext db, TimeProvider clock)
{
    public async Task<PublisherCreditStanding?> PublisherAsync(int platformId, string platformPublisherId, CancellationToken ct = default)
    {
        var blindIndex = await db.Filings.AsNoTracking()
            .Where(f => f.PlatformId == platformId && f.PlatformPublisherId == platformPublisherId)
            .Select(f => f.IdentityBlindIndex).FirstOrDefaultAsync(ct);
        if (blindIndex is null) return null;
        var today = ChinaTime.Today(clock);
        var listings = db.UntrustworthyDesignations.IgnoreQueryFilters();
        var subject = await db.CreditSubjects.IgnoreQueryFilters().AsNoTracking().Where(s => s.IdentityBlindIndex == blindIndex)
            .Select(s => new
            {
                s.Grade, s.ModelVersion, s.GradedOn,
                Listing = listings
                    .Where(d => d.SubjectId == s.Id && d.State == DesignationState.Listed && d.StartsOn <= today && d.EndsOn >= today)
                    .OrderByDescending(d => d.Level).Select(d => new { d.Level, d.Measures, d.StartsOn, d.EndsOn }).FirstOrDefault(),
            }).FirstOrDefaultAsync(ct);
        if (subject is null)
        {
            // Filed moments ago and not yet picked up by the collector: graded at the base score like every new subject.
            var model = await db.CreditRatingModels.AsNoTracking().SingleAsync(m => m.State == CreditModelState.Published, ct);
            return new PublisherCreditStanding(platformPublisherId, model.GradeFor(model.BaseScore), model.Version, today, null, null, null, null);
        }
        return new PublisherCreditStanding(platformPublisherId, subject.Grade, subject.ModelVersion, subject.GradedOn,
            subject.Listing?.Level, subject.Listing?.Measures, subject.Listing?.StartsOn, subject.Listing?.EndsOn);
    }
}
