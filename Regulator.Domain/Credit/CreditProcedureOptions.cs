namespace Regulator.Domain.Credit;

/// <summary>
/// The <c>Credit:Procedure</c> configuration: the procedure's time limits and default periods, set by the national
/// office. Working days are counted on the portal's working calendar (<c>Reports:WorkingCalendar</c>, with the State
/// Council's holiday adjustments).
/// </summary>
public sealed class CreditProcedureOptions
{
    public const string Section = "Credit:Procedure";

    /// <summary>Working days after the notice within which the party may state a defence (陈述申辩).</summary>
    public int DefenceWorkingDays { get; set; } = 5;

    /// <summary>Working days within which a credit repair application is decided.</summary>
    public int RepairReviewWorkingDays { get; set; } = 15;

    /// <summary>Default management period of a serious listing, in months.</summary>
    public int SeriousPeriodMonths { get; set; } = 36;

    /// <summary>Default management period of a minor listing, in months.</summary>
    public int MinorPeriodMonths { get; set; } = 12;

    public int DefaultPeriodMonths(DesignationLevel level) => level == DesignationLevel.Serious ? SeriousPeriodMonths : MinorPeriodMonths;
}
