using Regulator.Domain.Common;

namespace Regulator.Domain.Reports;

/// <summary>
/// One category of the report and finding taxonomy (domain.md), kept as data so the national administrator can
/// extend it. Each category names the article it comes from, the handling deadline and its base priority.
/// </summary>
public class ReportCategory
{
    public int Id { get; set; }

    /// <summary>Stable code the National Reporting Platform sends (e.g. <c>minors-lure-vulgar</c>); never changes once issued.</summary>
    public string Code { get; set; } = "";

    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public LegalSource Source { get; set; }

    /// <summary>The article (CAC) or numbered point (MCT) of <see cref="Source"/>.</summary>
    public int Article { get; set; }

    /// <summary>The agency whose regulation this is, and so which office's staff handle such cases.</summary>
    public Agency Agency => Source == LegalSource.CacLiveStreamingMeasures ? Agency.Cyberspace : Agency.CultureTourism;

    /// <summary>Handling deadline in working days, counted from the day after the first report.</summary>
    public int DeadlineWorkingDays { get; set; }

    public CasePriority BasePriority { get; set; }

    /// <summary>Retired categories stay for the cases that carry them but accept no new reports.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>A minor involved raises the priority one step: their protection comes first (MCT opinions, preamble).</summary>
    public CasePriority PriorityFor(bool minorInvolved) =>
        minorInvolved && BasePriority < CasePriority.Urgent ? BasePriority + 1 : BasePriority;

    public string LegalBasis => LegalCitation.Of(Source, Article);
}
