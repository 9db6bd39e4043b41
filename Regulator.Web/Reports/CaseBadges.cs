using Regulator.Domain.Reports;
using Regulator.Web.Shared;

namespace Regulator.Web.Reports;

/// <summary>What each case status and priority means for a badge, in one place for the inbox and the case page.</summary>
public static class CaseBadges
{
    public static BadgeKind Of(CaseStatus status) => status switch
    {
        CaseStatus.AwaitingTriage => BadgeKind.Warning,
        CaseStatus.Open => BadgeKind.Info,
        CaseStatus.InProgress => BadgeKind.Neutral,
        _ => BadgeKind.Success,
    };

    public static BadgeKind Of(CasePriority priority) => priority switch
    {
        CasePriority.Urgent => BadgeKind.Danger,
        CasePriority.High => BadgeKind.Warning,
        _ => BadgeKind.Neutral,
    };
}
