using Regulator.Domain.Scoping;

namespace Regulator.Tests.Scoping;

/// <summary>An actor with a fixed scope, for exercising the persistence layer's filters directly.</summary>
public sealed record TestActor(string? ProvinceCode, bool IsNational = false, int? PlatformId = null) : ICurrentActor
{
    public string? UserId => "test";
    public string? UserName => "test";
    public string? IpAddress => "127.0.0.1";
}
