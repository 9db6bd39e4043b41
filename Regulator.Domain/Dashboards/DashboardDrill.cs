using Regulator.Domain.Blacklist;
using Regulator.Domain.Filings;
using Regulator.Domain.Inspections;
using Regulator.Domain.Reports;

namespace Regulator.Domain.Dashboards;

/// <summary>
/// The list a figure counts, filtered identically: exactly one of the filters is set. The figure equals the list's
/// number of rows, or with <see cref="SumsReports"/> the total of its reports column.
/// </summary>
public sealed record DashboardDrill(FilingListFilter? Filings = null, CaseSearch? Cases = null, BlacklistSearch? Blacklist = null,
    FindingSearch? Findings = null, bool SumsReports = false);
