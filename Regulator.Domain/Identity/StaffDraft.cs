using Regulator.Domain.Common;

namespace Regulator.Domain.Identity;

/// <summary>An administrator's input for a staff account; <see cref="Password"/> is only used on creation.</summary>
public sealed record StaffDraft(string UserName, string DisplayName, string Role, Agency Agency, string? ProvinceCode, string? Password);
