namespace Regulator.Domain.Credit;

/// <summary>
/// The four grades of stratified credit management (CAC Art. 15). The score thresholds between them are part of
/// the rating model (<see cref="CreditRatingModel"/>), not of this enum; a designation as an untrustworthy entity
/// caps the grade (serious: D, minor: at best C) whatever the score.
/// </summary>
public enum CreditGrade
{
    /// <summary>守信: no fact of weight against the subject, or outweighed by positive facts.</summary>
    A = 1,

    /// <summary>基本守信: minor lapses.</summary>
    B = 2,

    /// <summary>失信风险: repeated or serious lapses; supervision is stepped up.</summary>
    C = 3,

    /// <summary>严重失信: serious breaches, or designated a serious untrustworthy entity.</summary>
    D = 4,
}
