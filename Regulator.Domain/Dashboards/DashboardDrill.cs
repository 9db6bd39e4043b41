using Regulator.Domain.Blacklist;
using Regulator.Domain.Credit;
using Regulator.Domain.Filings;
using Regulator.Domain.Inspections;
using Regulator.Domain.Reports;
using Regulator.Domain.SpotChecks;

namespace Regulator.Domain.Dashboards;

/// <summary>
/// The list a figure counts, filtered identically: exactly one of the filters is set. The figure equals the list's
/// number of rows, or with <see cref="SumsReports"/> the total of its reports column, or with <see cref="SumsTasks"/>
/// the total of that task column of the spot-check plan list.
/// </summary>
public sealed record DashboardDrill(FilingListFilter? Filings = null, CaseSearch? Cases = null, BlacklistSearch? Blacklist = null,
    FindingSearch? Findings = null, bool SumsReports = false, CreditSubjectSearch? CreditSubjects = null, DesignationSearch? Designations = null,
    SpotCheckPlanSearch? SpotCheckPlans = null, DashboardTaskColumn? SumsTasks = null);
