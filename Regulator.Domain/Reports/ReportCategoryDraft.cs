namespace Regulator.Domain.Reports;

/// <summary>
/// A new category of the taxonomy as the national administrator enters it; <see cref="ReportTaxonomy.AddAsync"/> holds
/// the rules and names each field's problem by these property names.
/// </summary>
public sealed record ReportCategoryDraft(string Code, string NameZh, string NameEn, LegalSource Source, int Article, int DeadlineWorkingDays, CasePriority BasePriority);
