namespace Regulator.Domain.SpotChecks;

/// <summary>
/// A target's credit standing as the draw weighs it (CAC Art. 15; MCT opinion 14). The portal's credit ratings map
/// their grades onto these levels through <see cref="ISpotCheckCreditGrades"/>; a target without a grade, or with the
/// best grade (A, which adds no weight), is <see cref="None"/>.
/// </summary>
public enum CreditRiskLevel
{
    None = 0,
    Concern = 2,
    Poor = 3,

    /// <summary>失信主体: designated untrustworthy (serious or minor).</summary>
    Untrustworthy = 4,
}
