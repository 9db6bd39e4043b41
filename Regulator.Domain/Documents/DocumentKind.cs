namespace Regulator.Domain.Documents;

public enum DocumentKind
{
    /// <summary>巡查发现通知书: one platform's findings from one inspection.</summary>
    InspectionFindings = 1,

    /// <summary>省级执法周报</summary>
    WeeklyProvincialReport = 2,

    /// <summary>全国执法月报</summary>
    MonthlyNationalReport = 3,

    /// <summary>抽查通知书: tells a platform it was drawn for a spot check.</summary>
    SpotCheckNotice = 4,

    /// <summary>抽查结果公示: the published results of a spot-check plan.</summary>
    SpotCheckAnnouncement = 5,

    /// <summary>失信主体认定告知书: the notice of an intended untrustworthy-entity listing, with the right to state a defence.</summary>
    UntrustworthyNotice = 6,

    /// <summary>失信主体认定决定书: the listing decision.</summary>
    UntrustworthyDecision = 7,
}
