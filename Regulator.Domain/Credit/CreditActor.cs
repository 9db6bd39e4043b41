namespace Regulator.Domain.Credit;

/// <summary>Who takes a credit step, as the procedure's rules need to know it: the user id (separation of duties compares it), the name recorded, the role and province.</summary>
public sealed record CreditActor(string UserId, string Name, CreditActorKind Kind, string? ProvinceCode = null)
{
    public static readonly CreditActor System = new("system", "system", CreditActorKind.System);

    public static CreditActor ProvincialAdministrator(string userId, string name, string provinceCode) => new(userId, name, CreditActorKind.ProvincialAdministrator, provinceCode);

    public static CreditActor NationalAdministrator(string userId, string name) => new(userId, name, CreditActorKind.NationalAdministrator);

    public bool IsNationalAdministrator => Kind == CreditActorKind.NationalAdministrator;

    /// <summary>A provincial administrator of that province, or the national administrator.</summary>
    public bool MayAdminister(string provinceCode) =>
        IsNationalAdministrator || (Kind == CreditActorKind.ProvincialAdministrator && ProvinceCode == provinceCode);
}
