using Regulator.Domain.Reports;

namespace Regulator.Web.Reports;

/// <summary>
/// The fields of the form that adds a category, with the values most new categories take; the rules themselves are
/// <see cref="ReportTaxonomy.AddAsync"/>'s, which names each field's problem by these property names.
/// </summary>
public sealed class ReportCategoryForm
{
    public string Code { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public LegalSource Source { get; set; } = LegalSource.MctMinorsOpinions;
    public int Article { get; set; } = 1;
    public int DeadlineWorkingDays { get; set; } = 15;
    public CasePriority BasePriority { get; set; } = CasePriority.Normal;

    /// <summary>The draft the domain step takes.</summary>
    public ReportCategoryDraft ToDraft() => new(Code, NameZh, NameEn, Source, Article, DeadlineWorkingDays, BasePriority);
}
