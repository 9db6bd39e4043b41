namespace Regulator.Domain.SpotChecks;

/// <summary>
/// A target's weight in a risk-weighted draw, an integer so that the draw is exact: 10, plus 3 per report case in the
/// year before the plan (at most 20 counted), plus 5 per earlier problem found (at most 10 counted), plus 0/5/15/30
/// for credit levels none (no grade, or grade A)/concern/poor/untrustworthy. So a target with many reports is several times as likely
/// to be drawn as a clean one ("units with many reports are inspected first", MCT 13), and no target is ever excluded
/// by weight alone. Without risk weighting every weight is 1.
/// </summary>
public static class RiskWeight
{
    public const int Base = 10;

    public static long Of(int reportCases, int problemsFound, CreditRiskLevel credit) =>
        Base + 3L * Math.Min(reportCases, 20) + 5L * Math.Min(problemsFound, 10) + credit switch
        {
            CreditRiskLevel.Concern => 5,
            CreditRiskLevel.Poor => 15,
            CreditRiskLevel.Untrustworthy => 30,
            _ => 0,
        };
}
