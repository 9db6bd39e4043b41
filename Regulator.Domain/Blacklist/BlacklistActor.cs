namespace Regulator.Domain.Blacklist;

/// <summary>Who acts on an entry, as the circulation rules need to know it and as its history records it.</summary>
public sealed record BlacklistActor(string Name, BlacklistActorKind Kind, string? ProvinceCode = null, int? PlatformId = null)
{
    public static readonly BlacklistActor System = new("system", BlacklistActorKind.System);

    public static BlacklistActor ProvincialAdministrator(string name, string provinceCode) => new(name, BlacklistActorKind.ProvincialAdministrator, provinceCode);

    public static BlacklistActor NationalAdministrator(string name) => new(name, BlacklistActorKind.NationalAdministrator);

    /// <summary>A platform reports to the provincial office where it is registered (CAC Art. 15).</summary>
    public static BlacklistActor Platform(string name, int platformId, string provinceCode) => new(name, BlacklistActorKind.Platform, provinceCode, platformId);

    public bool IsProvincialAdministratorOf(string provinceCode) => Kind == BlacklistActorKind.ProvincialAdministrator && ProvinceCode == provinceCode;

    public bool IsNationalAdministrator => Kind == BlacklistActorKind.NationalAdministrator;
}
