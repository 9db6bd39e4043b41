using Regulator.Domain.Identity;
namespace Regulator.Domain.Scoping;

/// <summary>The portal itself (migrations, seeding, jobs, design-time tools): unrestricted.</summary>
public sealed class SystemActor : ICurrentActor
{
    public static readonly SystemActor Instance = new();

    public string? UserId => null;
    public string? UserName => "system";
    public string? IpAddress => null;
    public string? ProvinceCode => null;
    public bool IsNational => true;
    public int? PlatformId => null;
    public Actor Actor => Actor.System;
}
