namespace Regulator.Domain.Identity;

/// <summary>
/// The one actor type every domain step takes: who is acting, as what, and for which province or platform. Built
/// once per request or circuit from the signed-in principal (<c>PortalActors.Of</c> in the web project), from a
/// platform's API key, or as <see cref="System"/> for background work. Each step checks its own permission against
/// it; the predicates here are the ones several features share, and a feature's own rule (who may review a filing,
/// who may record a spot check) lives with that feature.
/// </summary>
/// <param name="UserId">The staff account's id; <c>null</c> for the system and platforms.</param>
/// <param name="Name">The sign-in name (or the platform's name), written into histories and audit rows.</param>
/// <param name="Kind">The role that decides what the actor may do.</param>
/// <param name="ProvinceCode">The province (two-digit GB/T 2260 code) of provincial staff and platforms; <c>null</c> for national staff.</param>
/// <param name="PlatformId">The platform a platform actor speaks for.</param>
public sealed record Actor(string? UserId, string Name, ActorKind Kind, string? ProvinceCode = null, int? PlatformId = null)
{
    /// <summary>The portal itself (jobs, seeding, start-up work).</summary>
    public static readonly Actor System = new(null, "system", ActorKind.System);

    /// <summary>
    /// What a platform's <see cref="Name"/> starts with ("platform:快看直播"), so that a history or an audit row tells a
    /// platform's own action from a staff member's of the same name; pages show it as "平台 快看直播".
    /// </summary>
    public const string PlatformNamePrefix = "platform:";

    /// <summary>The name people see on notices and task records; the sign-in name unless the account has a display name.</summary>
    public string DisplayName { get; init; } = Name;

    /// <summary>A provincial administrator of <paramref name="provinceCode"/>; the user id defaults to the name (tests, seeding).</summary>
    public static Actor ProvincialAdministrator(string name, string provinceCode, string? userId = null) =>
        new(userId ?? name, name, ActorKind.ProvincialAdministrator, provinceCode);

    /// <summary>The national administrator; the user id defaults to the name (tests, seeding).</summary>
    public static Actor NationalAdministrator(string name, string? userId = null) => new(userId ?? name, name, ActorKind.NationalAdministrator);

    /// <summary>
    /// A platform acting through the platform API (or a platform's upload made on its behalf); <paramref name="name"/> is
    /// the recorded name, <see cref="PlatformNamePrefix"/> followed by the platform's name.
    /// </summary>
    public static Actor Platform(string name, int? platformId = null, string? provinceCode = null) =>
        new(null, name, ActorKind.Platform, provinceCode, platformId);

    /// <summary>
    /// The actor for a staff account holding <paramref name="roles"/> (names from <see cref="RegulatorRoles"/>).
    /// A provincial role needs a province and a national role must not have one; otherwise the account is
    /// <see cref="ActorKind.None"/> and every step refuses it, so a half-issued principal fails closed.
    /// </summary>
    public static Actor ForStaff(string? userId, string name, IReadOnlyCollection<string> roles, string? provinceCode, string? displayName = null)
    {
        var kind = roles.Contains(RegulatorRoles.NationalAdmin) ? ActorKind.NationalAdministrator
            : roles.Contains(RegulatorRoles.ProvincialAdmin) ? ActorKind.ProvincialAdministrator
            : roles.Contains(RegulatorRoles.ProvincialInspector) ? ActorKind.ProvincialInspector
            : roles.Contains(RegulatorRoles.NationalAnalyst) ? ActorKind.NationalAnalyst
            : roles.Contains(RegulatorRoles.Auditor) ? ActorKind.Auditor
            : ActorKind.None;
        var actor = new Actor(userId, name, kind, provinceCode) { DisplayName = string.IsNullOrWhiteSpace(displayName) ? name : displayName };
        return actor.IsNational == provinceCode is not null ? actor with { Kind = ActorKind.None } : actor;
    }

    /// <summary>True for office staff of any role (not a platform, not the system, not a role-less account).</summary>
    public bool IsStaff => Kind is ActorKind.ProvincialAdministrator or ActorKind.NationalAdministrator or ActorKind.NationalAnalyst
        or ActorKind.ProvincialInspector or ActorKind.Auditor;

    /// <summary>True for the national office's roles and the system: they read every province.</summary>
    public bool IsNational => Kind is ActorKind.System or ActorKind.NationalAdministrator or ActorKind.NationalAnalyst or ActorKind.Auditor;

    /// <summary>True for the national administrator.</summary>
    public bool IsNationalAdministrator => Kind == ActorKind.NationalAdministrator;

    /// <summary>
    /// True for an administrator, national or provincial, and for the system, which registers platforms and issues
    /// keys while seeding. Registry steps (platforms, API keys, uploads on a platform's behalf, reveals) check it.
    /// </summary>
    public bool IsAdministrator => Kind is ActorKind.NationalAdministrator or ActorKind.ProvincialAdministrator or ActorKind.System;

    /// <summary>True when the actor is the administrator of <paramref name="provinceCode"/>'s office.</summary>
    public bool IsProvincialAdministratorOf(string? provinceCode) =>
        Kind == ActorKind.ProvincialAdministrator && provinceCode is not null && ProvinceCode == provinceCode;

    /// <summary>True when the actor administers <paramref name="provinceCode"/>: its own provincial administrator or the national one.</summary>
    public bool MayAdminister(string? provinceCode) => IsNationalAdministrator || IsProvincialAdministratorOf(provinceCode);
}
