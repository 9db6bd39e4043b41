namespace Regulator.Domain.Filings;

/// <summary>Where a filing stands in review. Transitions live on <see cref="Filing"/>.</summary>
public enum FilingStatus
{
    /// <summary>待审核: passed the intake rules, waiting for the provincial office.</summary>
    Submitted = 1,

    /// <summary>已通过</summary>
    Accepted = 2,

    /// <summary>退回补正: the platform must correct it; the reason is visible to the platform.</summary>
    ReturnedForCorrection = 3,

    /// <summary>不予备案</summary>
    Rejected = 4,

    /// <summary>已撤回: withdrawn by the platform.</summary>
    Withdrawn = 5,

    /// <summary>已过期</summary>
    Expired = 6,
}
