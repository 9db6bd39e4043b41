namespace Regulator.Domain.Credit;

/// <summary>
/// What the platform credit API answers about one publisher subject, as an instance holds it in memory: the grade,
/// model version and grading day, and the subject's listings in the listed state (which of them is in force is decided
/// on the day of the request, as the database query does). No name, number or fact is held.
/// </summary>
public sealed record CreditAnswer(CreditGrade Grade, int ModelVersion, DateOnly GradedOn, IReadOnlyList<CreditAnswerListing>? Listings)
{
    /// <summary>The standing a platform reads for its publisher <paramref name="platformPublisherId"/> on <paramref name="today"/>: the heaviest listing in force, if any.</summary>
    public PublisherCreditStanding StandingOf(string platformPublisherId, DateOnly today)
    {
        CreditAnswerListing? inForce = null;
        if (Listings is not null)
            foreach (var listing in Listings)
                if (listing.StartsOn <= today && listing.EndsOn >= today && (inForce is null || listing.Level > inForce.Level))
                    inForce = listing;
        return new PublisherCreditStanding(platformPublisherId, Grade, ModelVersion, GradedOn,
            inForce?.Level, inForce?.Measures, inForce?.StartsOn, inForce?.EndsOn);
    }
}
