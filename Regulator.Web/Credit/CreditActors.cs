using Regulator.Domain.Credit;
using Regulator.Domain.Identity;
using Regulator.Web.Identity;

namespace Regulator.Web.Credit;

/// <summary>Who is acting in credit terms: the signed-in user of the request or circuit as the procedure's rules know it.</summary>
public static class CreditActors
{
    /// <summary>
    /// The national administrator, a provincial administrator of their province, or other staff (who may read but
    /// take no step). Never <see cref="CreditActor.System"/>: that kind passes the procedure's administrator checks.
    /// </summary>
    public static CreditActor Of(PortalActor actor)
    {
        var user = actor.User;
        var id = actor.UserId ?? "";
        var name = actor.UserName ?? "";
        if (user is null || id.Length == 0) return new CreditActor(id, name, CreditActorKind.Staff);
        if (user.IsInRole(RegulatorRoles.NationalAdmin) && actor.ProvinceCode is null) return CreditActor.NationalAdministrator(id, name);
        if (user.IsInRole(RegulatorRoles.ProvincialAdmin) && actor.ProvinceCode is { } province) return CreditActor.ProvincialAdministrator(id, name, province);
        return new CreditActor(id, name, CreditActorKind.Staff, actor.ProvinceCode);
    }
}
