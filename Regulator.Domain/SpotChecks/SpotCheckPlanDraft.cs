using Regulator.Domain.Common;
using Regulator.Domain.Filings;

namespace Regulator.Domain.SpotChecks;

/// <summary>What an administrator fills in to make a plan; validated by <see cref="SpotCheckPlanning.CreateAsync"/>.</summary>
public sealed record SpotCheckPlanDraft(
    string Title, Agency? Agency, DateOnly PeriodStart, DateOnly PeriodEnd, TargetKind TargetKind, ContentKinds ContentKinds,
    IReadOnlyList<int> CheckItemIds, int? SampleSize, int? SampleRatioPerMille, bool RiskWeighting, int InspectorsPerTask,
    int SkipTargetsCheckedWithinMonths, int InspectorRotationMonths, int DueWorkingDays);
