using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// What a listing does elsewhere in the portal (MCT opinion 14: use the designation in administration), as queries other
/// features compose into their own: spot-check draws weight designated subjects up, inspections flag their filings,
/// the platform API reports it. They read across provinces on purpose — a listing is published and binds everywhere.
/// </summary>
public static class UntrustworthyRegister
{
    /// <summary>Listings in force on <paramref name="day"/> (published and not yet removed).</summary>
    public static IQueryable<UntrustworthyDesignation> InForce(RegulatorDbContext db, DateOnly day) =>
        db.UntrustworthyDesignations.IgnoreQueryFilters()
            .Where(d => d.State == DesignationState.Listed && d.StartsOn <= day && d.EndsOn >= day);

    /// <summary>Identities (blind indexes) of publishers listed on the day, with the level: for spot-check weights.</summary>
    public static IQueryable<DesignatedPublisher> DesignatedPublishers(RegulatorDbContext db, DateOnly day) =>
        InForce(db, day).Where(d => d.Subject!.Kind == CreditSubjectKind.Publisher)
            .Select(d => new DesignatedPublisher(d.Subject!.IdentityBlindIndex!, d.Level));

    /// <summary>Platforms listed on the day, with the level: for spot-check weights.</summary>
    public static IQueryable<DesignatedPlatform> DesignatedPlatforms(RegulatorDbContext db, DateOnly day) =>
        InForce(db, day).Where(d => d.Subject!.Kind == CreditSubjectKind.Platform)
            .Select(d => new DesignatedPlatform(d.Subject!.PlatformId!.Value, d.Level));

    /// <summary>Filings (in the reader's scope) of publishers listed on the day, for inspections to flag.</summary>
    public static IQueryable<Filing> FilingsOfDesignatedPublishers(RegulatorDbContext db, DateOnly day)
    {
        var listed = InForce(db, day);
        return db.Filings.Where(f => listed.Any(d => d.Subject!.Kind == CreditSubjectKind.Publisher && d.Subject.IdentityBlindIndex == f.IdentityBlindIndex));
    }

    /// <summary>
    /// The public register (no sign-in): listings published at some time — in force, or removed (shown as removed) —
    /// never a proposal or a decision not to list. Names and codes are the published ones, already masked for people.
    /// </summary>
    public static IQueryable<UntrustworthyDesignation> Published(RegulatorDbContext db) =>
        db.UntrustworthyDesignations.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.StartsOn != null && (d.State == DesignationState.Listed || d.State == DesignationState.Removed));
}
