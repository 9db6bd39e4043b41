namespace Regulator.Domain.Filings;

/// <summary>Who acts on a filing, as the review rules need to know it and as its history records it.</summary>
public sealed record FilingActor(string Name, FilingActorKind Kind, string? ProvinceCode)
{
    public static FilingActor Platform(string name) => new(name, FilingActorKind.Platform, null);

    public bool IsRegulator => Kind != FilingActorKind.Platform;

    /// <summary>Filings belong to the province where the platform is registered; only that province's administrators review them.</summary>
    public bool MayReview(Filing filing) => Kind == FilingActorKind.ProvincialAdministrator && ProvinceCode == filing.ProvinceCode;
}
