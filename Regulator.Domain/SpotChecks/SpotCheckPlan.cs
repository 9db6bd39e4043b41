using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// A spot-check plan (抽查计划, CAC Art. 4; MCT opinion 13) of one province: what is checked (items), on whom (the
/// population filter), how many (a sample size or a ratio), whether riskier targets are likelier to be drawn, how many
/// inspectors go to each target and whom the draw must leave out. Drawn once, redrawn only with a reason.
/// </summary>
public class SpotCheckPlan : IProvinceOwned
{
    public int Id { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string Title { get; set; } = "";

    /// <summary>The agency that runs the plan, or null for a joint plan of both (联合抽查): inspectors come from both.</summary>
    public Agency? Agency { get; set; }

    public DateOnly PeriodStart { get; set; }

    /// <summary>Last day of the plan's period, inclusive; reports and findings for risk weights are counted over the year before <see cref="PeriodStart"/>.</summary>
    public DateOnly PeriodEnd { get; set; }

    public TargetKind TargetKind { get; set; }

    /// <summary>Publisher plans: only publishers filed for any of these kinds of content; <see cref="ContentKinds.None"/> for all.</summary>
    public ContentKinds ContentKinds { get; set; }

    /// <summary>The check items, by id; each on the list of the plan's agency (either list for joint plans).</summary>
    public List<int> CheckItemIds { get; set; } = [];

    /// <summary>How many targets to draw; exactly one of this and <see cref="SampleRatioPerMille"/> is set.</summary>
    public int? SampleSize { get; set; }

    /// <summary>Share of the population to draw, in thousandths (rounded up, at least one target).</summary>
    public int? SampleRatioPerMille { get; set; }

    /// <summary>Weight targets by risk (reports, earlier findings, credit grade): "units with many reports are inspected first" (MCT 13).</summary>
    public bool RiskWeighting { get; set; }

    /// <summary>At least two: administrative inspections are done by two or more officers.</summary>
    public int InspectorsPerTask { get; set; } = 2;

    /// <summary>Targets spot-checked within this many months before the plan's start are left out of the population; 0 keeps them.</summary>
    public int SkipTargetsCheckedWithinMonths { get; set; }

    /// <summary>An inspector who checked a target within this many months is not drawn for it again; 0 for no rotation rule.</summary>
    public int InspectorRotationMonths { get; set; }

    /// <summary>Working days from the draw to each task's due date.</summary>
    public int DueWorkingDays { get; set; }

    public PlanStatus Status { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }

    /// <summary>The day the results go public: a configured number of working days after the last task closed.</summary>
    public DateOnly? PublishOn { get; set; }

    /// <summary>Bumped by every change, so two administrators drawing the same plan at once cannot both succeed.</summary>
    public int Version { get; set; }

    public bool IsPublishedOn(DateOnly day) => Status == PlanStatus.Closed && PublishOn is { } on && on <= day;

    /// <summary>How many of a population of <paramref name="populationSize"/> to draw.</summary>
    public int SampleFor(int populationSize) => SampleSize is { } size
        ? Math.Min(size, populationSize)
        : Math.Min(populationSize, Math.Max(1, (int)Math.Ceiling(populationSize * (SampleRatioPerMille ?? 0) / 1000.0)));
}
