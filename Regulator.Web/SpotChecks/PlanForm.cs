using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.SpotChecks;

namespace Regulator.Web.SpotChecks;

/// <summary>The plan form's fields; the rules are in <see cref="SpotCheckPlanning"/>.</summary>
public sealed class PlanForm
{
    public string Title { get; set; } = "";

    /// <summary>An <see cref="Agency"/> name, or <see cref="SpotCheckPlanList.Joint"/> for a joint plan of both agencies (联合抽查).</summary>
    public string Agency { get; set; } = nameof(Domain.Common.Agency.Cyberspace);

    public DateTime? PeriodStart { get; set; }
    public DateTime? PeriodEnd { get; set; }
    public TargetKind TargetKind { get; set; } = TargetKind.Platform;
    public HashSet<ContentKinds> ContentKinds { get; set; } = [];
    public HashSet<int> CheckItemIds { get; set; } = [];

    /// <summary>True: a ratio in thousandths; false: a number of targets.</summary>
    public bool ByRatio { get; set; }

    public int? SampleSize { get; set; } = 10;
    public int? SampleRatioPerMille { get; set; } = 50;
    public bool RiskWeighting { get; set; } = true;
    public int InspectorsPerTask { get; set; } = 2;
    public int SkipTargetsCheckedWithinMonths { get; set; }
    public int InspectorRotationMonths { get; set; }
    public int DueWorkingDays { get; set; } = 20;

    /// <summary>A form for a new plan over the coming month (days in China Standard Time).</summary>
    public static PlanForm New(DateOnly today) => new()
    {
        PeriodStart = today.ToDateTime(TimeOnly.MinValue),
        PeriodEnd = today.AddMonths(1).ToDateTime(TimeOnly.MinValue),
    };

    public static PlanForm From(SpotCheckPlan plan) => new()
    {
        Title = plan.Title,
        Agency = plan.Agency?.ToString() ?? SpotCheckPlanList.Joint,
        PeriodStart = plan.PeriodStart.ToDateTime(TimeOnly.MinValue),
        PeriodEnd = plan.PeriodEnd.ToDateTime(TimeOnly.MinValue),
        TargetKind = plan.TargetKind,
        ContentKinds = [.. Enum.GetValues<ContentKinds>().Where(k => k != Domain.Filings.ContentKinds.None && plan.ContentKinds.HasFlag(k))],
        CheckItemIds = [.. plan.CheckItemIds],
        ByRatio = plan.SampleRatioPerMille is not null,
        SampleSize = plan.SampleSize ?? 10,
        SampleRatioPerMille = plan.SampleRatioPerMille ?? 50,
        RiskWeighting = plan.RiskWeighting,
        InspectorsPerTask = plan.InspectorsPerTask,
        SkipTargetsCheckedWithinMonths = plan.SkipTargetsCheckedWithinMonths,
        InspectorRotationMonths = plan.InspectorRotationMonths,
        DueWorkingDays = plan.DueWorkingDays,
    };

    public Agency? AgencyValue => Enum.TryParse<Agency>(Agency, out var agency) ? agency : null;

    /// <summary>Whether an item may be chosen with the agency and target kind as they stand.</summary>
    public bool Offers(CheckItem item) => item.AppliesTo == TargetKind && (AgencyValue is not { } agency || item.Agency == agency);

    public SpotCheckPlanDraft ToDraft(IEnumerable<CheckItem> offered)
    {
        // Items chosen before the agency or target kind changed are not sent: the form shows only what it offers.
        var offeredIds = offered.Where(Offers).Select(i => i.Id).ToHashSet();
        var start = DateOnly.FromDateTime(PeriodStart ?? DateTime.MinValue);
        return new SpotCheckPlanDraft(Title, AgencyValue, start, PeriodEnd is { } end ? DateOnly.FromDateTime(end) : start,
            TargetKind, TargetKind == TargetKind.Publisher ? ContentKinds.Aggregate(Domain.Filings.ContentKinds.None, (all, k) => all | k) : Domain.Filings.ContentKinds.None,
            [.. CheckItemIds.Where(offeredIds.Contains).Order()], ByRatio ? null : SampleSize, ByRatio ? SampleRatioPerMille : null, RiskWeighting, InspectorsPerTask,
            SkipTargetsCheckedWithinMonths, InspectorRotationMonths, DueWorkingDays);
    }
}
