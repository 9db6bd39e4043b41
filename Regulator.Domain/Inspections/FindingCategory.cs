namespace Regulator.Domain.Inspections;

/// <summary>What area of supervision a finding belongs to; the findings document groups by it.</summary>
public enum FindingCategory
{
    /// <summary>未成年人保护 (MCT opinion 4)</summary>
    MinorProtection = 1,

    /// <summary>资质许可 (CAC Art. 5, 6)</summary>
    Licensing = 2,

    /// <summary>黑名单管理 (CAC Art. 15, MCT opinion 18)</summary>
    Blacklist = 3,

    /// <summary>备案审核 (CAC Art. 12)</summary>
    FilingReview = 4,

    /// <summary>举报处置 (MCT opinion 12, CAC Art. 19)</summary>
    ReportHandling = 5,
}
