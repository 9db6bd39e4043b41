using Regulator.Domain.Common;
using Regulator.Domain.Identity;

namespace Regulator.Web.Administration;

/// <summary>The staff form's fields; the rules are in <see cref="StaffDirectory"/>.</summary>
public sealed class StaffForm
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = RegulatorRoles.ProvincialInspector;
    public Agency Agency { get; set; } = Agency.Cyberspace;
    public string? ProvinceCode { get; set; }
    public string? Password { get; set; }

    public static StaffForm From(RegulatorUser user, string role) => new()
    {
        UserName = user.UserName!, DisplayName = user.DisplayName, Role = role, Agency = user.Agency, ProvinceCode = user.ProvinceCode,
    };

    public StaffDraft ToDraft() => new(UserName, DisplayName, Role, Agency, string.IsNullOrEmpty(ProvinceCode) ? null : ProvinceCode, Password);
}
