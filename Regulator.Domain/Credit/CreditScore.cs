namespace Regulator.Domain.Credit;

/// <summary>
/// The rating arithmetic in one place for a single subject (the set-based re-grading in <see cref="CreditGrading"/>
/// writes the same in SQL, and a test holds the two together for every subject): base score plus the points of the
/// facts counting, plus a platform's publisher part; the grade from the model's thresholds, capped by a designation.
/// </summary>
public static class CreditScore
{
    public static int Score(CreditRatingModel model, IEnumerable<CreditFact> facts, DateOnly day, int publisherPoints = 0) =>
        model.BaseScore + facts.Where(f => f.CountsOn(day)).Sum(f => f.Points) + publisherPoints;

    /// <summary>Serious listing: D. Minor listing: at best C. Otherwise by the thresholds.</summary>
    public static CreditGrade Grade(CreditRatingModel model, int score, DesignationLevel? designation) => designation switch
    {
        DesignationLevel.Serious => CreditGrade.D,
        DesignationLevel.Minor => (CreditGrade)Math.Max((int)CreditGrade.C, (int)model.GradeFor(score)),
        _ => model.GradeFor(score),
    };

    /// <summary>A platform's publisher part: the penalty times the share of its publishers graded C or D, truncated toward zero.</summary>
    public static int PublisherPoints(CreditRatingModel model, int publishers, int publishersAtRisk) =>
        publishers == 0 ? 0 : -(model.PlatformPublisherPenalty * publishersAtRisk / publishers);
}
