namespace Regulator.Domain.Credit;

/// <summary>One subject as the staff lists show it: no blind index, a publisher's code is its masked number.</summary>
public sealed record CreditSubjectRow(long Id, CreditSubjectKind Kind, string Name, string Code, string ProvinceCode, int Score, CreditGrade Grade,
    DesignationLevel? Designation, int ModelVersion, DateOnly GradedOn);
