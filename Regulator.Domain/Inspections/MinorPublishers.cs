using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Filings;
using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Protection;

namespace Regulator.Domain.Inspections;

/// <summary>
/// Live individual filings of publishers who are minors on the inspection day. The age band stored with a filing
/// is the age on the filing date; ages only grow, so only those filed as minors can still be minors, and only
/// their identity numbers are decrypted (in memory, never logged) to count the age to the inspection day.
/// </summary>
public sealed class MinorPublishers(IdentityProtector protector)
{
    public async Task<IReadOnlyList<(Filing Filing, int Age)>> OnInspectionDayAsync(PlatformUnderInspection subject, CancellationToken ct)
    {
        var filedAsMinors = await LiveFilings.Of(subject)
            .Where(f => f.PublisherType == PublisherType.Individual && (f.AgeBand == AgeBand.Under16 || f.AgeBand == AgeBand.Age16To17))
            .OrderBy(f => f.Id)
            .ToListAsync(ct);
        return filedAsMinors
            .Select(f => (Filing: f, Age: ResidentIdNumber.AgeOn(ResidentIdNumber.BirthDate(protector.Decrypt(f.IdentityCiphertext))!.Value, subject.Today)))
            .Where(x => x.Age < 18)
            .ToList();
    }
}
