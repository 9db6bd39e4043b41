namespace Regulator.Domain.Credit;

/// <summary>
/// Where a credit fact comes from. Negative kinds lower the score, positive kinds (<see cref="SpotCheckPassed"/>,
/// <see cref="FindingCorrected"/>, <see cref="CleanPeriod"/>) raise it; how much and for how long is the rating
/// model's, per kind and severity. The numbers are stored: never renumber.
/// </summary>
public enum CreditFactKind
{
    /// <summary>A report case closed as substantiated (查证属实, MCT opinion 12), against the platform and, where the reported account is a filed publisher, the publisher.</summary>
    ReportSubstantiated = 1,

    /// <summary>A punitive measure a platform reports it took against its publisher (CAC Art. 14: warning, suspension, account closure).</summary>
    PlatformMeasure = 2,

    /// <summary>A blacklist entry published nationally (CAC Art. 15); withdrawn when lifted because an appeal was upheld.</summary>
    BlacklistPublished = 3,

    /// <summary>A finding of an automated inspection of a platform's filed data (CAC Art. 4, 16).</summary>
    InspectionFinding = 4,

    /// <summary>A failed spot check (双随机, CAC Art. 4; MCT opinion 13). Recorded by the spot-check feature through <see cref="CreditFactRecorder"/>.</summary>
    SpotCheckFailed = 5,

    /// <summary>An administrative penalty the office records by hand, with its decision document number.</summary>
    AdministrativePenalty = 6,

    /// <summary>Positive: a spot check passed. Recorded by the spot-check feature through <see cref="CreditFactRecorder"/>.</summary>
    SpotCheckPassed = 7,

    /// <summary>Positive: an inspection finding corrected in time (the next inspection no longer finds it).</summary>
    FindingCorrected = 8,

    /// <summary>Positive: a long clean period — no negative fact for the model's clean-period length.</summary>
    CleanPeriod = 9,
}
