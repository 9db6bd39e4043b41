using Regulator.Domain.Blacklist;
using Regulator.Web.Shared;

namespace Regulator.Web.Blacklist;

/// <summary>What each state and severity means at a glance; the badge text always says it in words too.</summary>
public static class BlacklistBadges
{
    public static BadgeKind Of(BlacklistState state) => state switch
    {
        BlacklistState.Proposed => BadgeKind.Info,
        BlacklistState.Confirmed => BadgeKind.Warning,
        BlacklistState.Published => BadgeKind.Danger,
        BlacklistState.Lifted => BadgeKind.Success,
        _ => BadgeKind.Neutral,
    };

    public static BadgeKind Of(BlacklistSeverity severity) => severity == BlacklistSeverity.Warning ? BadgeKind.Warning : BadgeKind.Danger;
}
