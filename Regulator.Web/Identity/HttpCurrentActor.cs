using System.Security.Claims;
using Regulator.Domain.Identity;
using Regulator.Domain.Scoping;

namespace Regulator.Web.Identity;

/// <summary>
/// The actor behind the current request, read from the authenticated principal. A principal without a
/// province claim is treated as national only if it also holds a national role, so a malformed or
/// half-issued principal fails closed: it sees no province's records.
/// </summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? UserName => User?.Identity?.IsAuthenticated == true ? User.Identity.Name : null;
    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
    public string? ProvinceCode => User?.FindFirstValue(RegulatorClaims.Province);

    public int? PlatformId => int.TryParse(User?.FindFirstValue(RegulatorClaims.PlatformId), out var id) ? id : null;

    public bool IsNational =>
        accessor.HttpContext is null // background work outside a request runs as the system
        || (ProvinceCode is null && PlatformId is null && User is { } u && RegulatorRoles.All.Where(RegulatorRoles.IsNational).Any(u.IsInRole));
}
