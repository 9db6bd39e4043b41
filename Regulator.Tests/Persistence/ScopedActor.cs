using Regulator.Domain.Identity;
using Regulator.Domain.Scoping;

namespace Regulator.Tests.Persistence;

/// <summary>An actor as the persistence layer sees one: a province, whether the role is national, and for a platform's API client its platform.</summary>
public sealed record ScopedActor(string? ProvinceCode, bool IsNational = false, int? PlatformId = null) : ICurrentActor
{
    public string? UserId => null;
    public string? UserName => PlatformId is { } platform ? $"platform-{platform}" : ProvinceCode is null ? "national" : $"province-{ProvinceCode}";
    public string? IpAddress => null;
    public Actor Actor => PlatformId is { } platform ? Actor.Platform(UserName!, platform, ProvinceCode)
        : new Actor(null, UserName!, IsNational ? ActorKind.NationalAnalyst : ProvinceCode is null ? ActorKind.None : ActorKind.ProvincialInspector, ProvinceCode);
}
