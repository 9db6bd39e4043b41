using Regulator.Domain.Identity;

namespace Regulator.Domain.Scoping;

/// <summary>Who is acting: a member of staff, a platform's API client, or the system itself.</summary>
public interface ICurrentActor
{
    string? UserId { get; }
    string? UserName { get; }
    string? IpAddress { get; }

    /// <summary>Null for national staff and the system; otherwise the only province this actor may read.</summary>
    string? ProvinceCode { get; }

    bool IsNational { get; }

    /// <summary>Set when a platform's API client is acting: it may read only records it submitted.</summary>
    int? PlatformId { get; }

    /// <summary>The same actor as the domain steps take it: the one <see cref="Identity.Actor"/> type.</summary>
    Actor Actor { get; }

}
