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

    /// <summary>
    /// Whether the actor holds a staff role (<see cref="RegulatorRoles"/>), for the domain steps that check their own
    /// permission. False unless an implementation knows the roles, so an actor of unknown standing may take no step.
    /// </summary>
    bool IsInRole(string role) => false;

    /// <summary>
    /// A national or provincial administrator (and the system itself, which overrides this); steps that change the
    /// registry (platforms, their API keys) check it themselves, whatever a page offers.
    /// </summary>
    bool IsAdministrator => IsInRole(RegulatorRoles.NationalAdmin) || IsInRole(RegulatorRoles.ProvincialAdmin);
}
