using Regulator.Domain.Scoping;

namespace Regulator.Tests.Persistence;

/// <summary>A member of staff as the persistence layer sees one: the province and whether the role is national.</summary>
public sealed record ScopedActor(string? ProvinceCode, bool IsNational) : ICurrentActor
{
    public string? UserId => null;
    public string? UserName => ProvinceCode is null ? "national" : $"province-{ProvinceCode}";
    public string? IpAddress => null;
    public int? PlatformId => null;
}
