namespace Regulator.Domain.Credit;

/// <summary>One untrustworthy-entity procedure as the staff list shows it.</summary>
public sealed record DesignationRow(long Id, long SubjectId, CreditSubjectKind SubjectKind, string SubjectName, string ProvinceCode, DesignationLevel Level,
    DesignationState State, DateTime ProposedUtc, DateOnly DefenceDueOn, DateOnly? EndsOn, RepairState? Repair);
