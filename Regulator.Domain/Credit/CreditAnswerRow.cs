namespace Regulator.Domain.Credit;

/// <summary>
/// One row of a read of publisher subjects for the in-memory answers: the subject's grade fields and, when it has
/// listings in the listed state, one of them (a subject with two listings gives two rows, adjacent by subject id).
/// </summary>
public sealed record CreditAnswerRow(long SubjectId, CreditGrade Grade, int ModelVersion, DateOnly GradedOn,
    DesignationLevel? Level, List<string>? Measures, DateOnly? StartsOn, DateOnly? EndsOn);
