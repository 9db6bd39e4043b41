namespace Regulator.Domain.Filings;

/// <summary>Who acts on a filing, as the review rules need to know it and as its history records it.</summary>
public sealed record FilingActor(string Name, FilingActorKind Kind, string? ProvinceCode)
{
    public static FilingActor Platform(string name) => new(name, FilingActorKind.Platform, null);

    /// <summary>The portal itself, for changes no person made (bringing stored names to their canonical form).</summary>
    public static readonly FilingActor System = new("portal", FilingActorKind.OtherStaff, null);

    public bool IsRegulator => Kind != FilingActorKind.Platform;

    /// <summary>Filings belong to the province where the platform is registered; only that province's administrators review them.</summary>
    public bool MayReview(Filing filing) => Kind == FilingActorKind.ProvincialAdministrator && ProvinceCode == filing.ProvinceCode;

    /// <summary>
    /// Administrators (provincial or national) may see an identity number in clear for a stated reason and upload a
    /// platform's file on its behalf; inspectors, analysts and auditors read masked numbers only.
    /// </summary>
    public bool IsAdministrator => Kind is FilingActorKind.ProvincialAdministrator or FilingActorKind.NationalAdministrator;
}
