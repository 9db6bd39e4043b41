namespace Regulator.Domain.Identity;

/// <summary>
/// Who an <see cref="Actor"/> is, by the one role that decides what a domain step lets them do. The numbers are
/// stored (a blacklist entry's history keeps the kind of each actor as a number), so they never change.
/// </summary>
public enum ActorKind
{
    /// <summary>Signed in but without a usable role: a provincial role without a province, a national role with one,
    /// or no role at all. Every permission check refuses it (fail closed).</summary>
    None = 0,

    /// <summary>A provincial office's administrator (<see cref="RegulatorRoles.ProvincialAdmin"/>): decides for one province.</summary>
    ProvincialAdministrator = 1,

    /// <summary>The national office's administrator (<see cref="RegulatorRoles.NationalAdmin"/>).</summary>
    NationalAdministrator = 2,

    /// <summary>A live-streaming platform calling the platform API with its key.</summary>
    Platform = 3,

    /// <summary>The portal itself: background jobs, the seeder, migrations.</summary>
    System = 4,

    /// <summary>A national analyst (<see cref="RegulatorRoles.NationalAnalyst"/>): reads every province, decides nothing.</summary>
    NationalAnalyst = 5,

    /// <summary>A provincial inspector (<see cref="RegulatorRoles.ProvincialInspector"/>): handles the cases and spot checks assigned to them.</summary>
    ProvincialInspector = 6,

    /// <summary>The auditor (<see cref="RegulatorRoles.Auditor"/>): reads the audit log nationally.</summary>
    Auditor = 7,
}
