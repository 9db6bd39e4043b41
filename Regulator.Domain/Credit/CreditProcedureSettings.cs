namespace Regulator.Domain.Credit;

/// <summary>
/// The procedure's time limits and default periods as the national administrator sets them on <c>/credit/settings</c>
/// (issue 13: the defence deadline, default 5 working days, and the measure periods, e.g. 3 years serious and 1 year
/// minor, "configurable by the national administrator"). One row; until it is first saved the <c>Credit:Procedure</c>
/// configuration supplies the values. A change applies to procedures started after it: a designation stores its own
/// defence deadline, period and repair-review deadline when the step that sets them is taken.
/// </summary>
public class CreditProcedureSettings
{
    /// <summary>The one row's key.</summary>
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Working days after the notice day within which the party may state a defence (陈述申辩).</summary>
    public int DefenceWorkingDays { get; set; }

    /// <summary>Working days within which a credit repair application is decided.</summary>
    public int RepairReviewWorkingDays { get; set; }

    /// <summary>Default management period of a serious listing (严重失信), in months.</summary>
    public int SeriousPeriodMonths { get; set; }

    /// <summary>Default management period of a minor listing (轻微失信), in months.</summary>
    public int MinorPeriodMonths { get; set; }

    /// <summary>Who last changed them (empty while the configuration's values are in force) and when (UTC).</summary>
    public string UpdatedBy { get; set; } = "";

    public DateTime? UpdatedUtc { get; set; }

    public int DefaultPeriodMonths(DesignationLevel level) => level == DesignationLevel.Serious ? SeriousPeriodMonths : MinorPeriodMonths;
}
