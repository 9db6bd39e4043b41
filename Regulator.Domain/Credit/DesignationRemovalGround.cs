namespace Regulator.Domain.Credit;

/// <summary>Why a listing ended.</summary>
public enum DesignationRemovalGround
{
    /// <summary>The management period ended (removed by the daily job).</summary>
    PeriodEnded = 1,

    /// <summary>信用修复: an application with evidence of correction and a commitment was granted.</summary>
    CreditRepaired = 2,

    /// <summary>An appeal (administrative reconsideration or litigation) annulled the decision.</summary>
    AppealUpheld = 3,
}
