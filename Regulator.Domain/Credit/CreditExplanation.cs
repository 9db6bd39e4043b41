namespace Regulator.Domain.Credit;

/// <summary>
/// Why a subject has its grade: the model version and its base score, each fact that counted on the grading day with
/// its points and last counting day, a platform's publisher part, and any designation capping the grade.
/// <see cref="Total"/> equals the subject's stored score — the invariant a test checks for every seeded subject.
/// </summary>
public sealed record CreditExplanation(
    CreditSubject Subject,
    CreditRatingModel Model,
    IReadOnlyList<CreditFact> Counting,
    IReadOnlyList<CreditFact> NotCounting,
    IReadOnlyList<CreditGradeChange> History)
{
    public int Total => Model.BaseScore + Counting.Sum(f => f.Points) + Subject.PublisherPoints;

    /// <summary>The grade the explanation gives, which must be the stored one.</summary>
    public CreditGrade Grade => CreditScore.Grade(Model, Total, Subject.Designation);
}
