using Regulator.Domain.SpotChecks;
using Regulator.Web.Shared;

namespace Regulator.Web.SpotChecks;

/// <summary>How the spot-check states look on a page: the colour of their <see cref="StatusChip"/>.</summary>
public static class SpotCheckPresentation
{
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
