using Regulator.Domain.SpotChecks;
using Regulator.Web.Shared;

namespace Regulator.Web.SpotChecks;

/// <summary>How the spot-check states look on a page: the colour of their <see cref="StatusChip"/>, the text key of a plan's agency.</summary>
public static class SpotCheckPresentation
{
    /// <summary>The resource key naming a plan's agency, or the joint plan of both (联合抽查) when it has none.</summary>
    public static string AgencyKey(Domain.Common.Agency? agency) => agency is { } a ? "Agency" + a : "AgencyJoint";

    public static BadgeKind KindOf(PlanStatus status) => status switch
    {
        PlanStatus.Draft => BadgeKind.Neutral,
        PlanStatus.InProgress => BadgeKind.Info,
        _ => BadgeKind.Success,
    };

    public static BadgeKind KindOf(SpotCheckTaskStatus status) => status switch
    {
        SpotCheckTaskStatus.Open => BadgeKind.Info,
        SpotCheckTaskStatus.AwaitingRectification => BadgeKind.Warning,
        SpotCheckTaskStatus.Closed => BadgeKind.Success,
        _ => BadgeKind.Neutral,
    };

    public static BadgeKind KindOf(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.NoProblem => BadgeKind.Success,
        CheckOutcome.RectificationOrdered => BadgeKind.Warning,
        _ => BadgeKind.Danger,
    };

    public static BadgeKind KindOf(DrawState state) => state switch
    {
        DrawState.Completed => BadgeKind.Success,
        DrawState.Failed => BadgeKind.Danger,
        _ => BadgeKind.Neutral,
    };
}
