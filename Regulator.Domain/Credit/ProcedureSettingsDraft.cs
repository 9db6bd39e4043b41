namespace Regulator.Domain.Credit;

/// <summary>The values the national administrator submits on the settings page: working days and months, as <see cref="CreditProcedureSettings"/> names them.</summary>
public sealed record ProcedureSettingsDraft(int DefenceWorkingDays, int RepairReviewWorkingDays, int SeriousPeriodMonths, int MinorPeriodMonths);
