using Microsoft.AspNetCore.Identity;
using Regulator.Domain.Common;

namespace Regulator.Domain.Identity;

/// <summary>A member of staff. National staff have no province; everyone else belongs to exactly one.</summary>
public class RegulatorUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public Agency Agency { get; set; }
    public string? ProvinceCode { get; set; }
    public DateTime CreatedUtc { get; set; }
}
