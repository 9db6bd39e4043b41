using Regulator.Domain.Documents;
using Regulator.Domain.Provinces;

namespace Regulator.Domain.EnforcementReports;

/// <summary>Whom a report is about: one province (weekly) or the whole country (monthly).</summary>
public sealed record ReportScope(string ProvinceCode)
{
    public static readonly ReportScope National = new(GeneratedDocument.NationalScope);

    public bool IsNational => ProvinceCode == GeneratedDocument.NationalScope;

    public string NameZh => IsNational ? "全国" : ProvinceCatalog.Find(ProvinceCode)?.NameZh ?? ProvinceCode;
}
