using Hangfire.Common;
using Regulator.Web.Documents;
using Regulator.Web.Inspections;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>The portal's recurring jobs and the schedules they start with (national administrators may change them).</summary>
public static class RecurringJobs
{
    /// <summary>Nightly, when platforms' daytime filing traffic is lowest.</summary>
    public static readonly RecurringJob Inspection = new("inspection",
        Job.FromExpression<InspectionJob>(j => j.RunAsync(null!, CancellationToken.None)), "0 0 2 * * ?");

    /// <summary>Monday morning, for the week that just ended, before provincial offices open.</summary>
    public static readonly RecurringJob WeeklyProvincialReport = new("weekly-provincial-report",
        Job.FromExpression<WeeklyProvincialReportJob>(j => j.RunAsync(null, null, null!, CancellationToken.None)), "0 30 6 ? * MON");

    /// <summary>The first of the month, for the month that just ended.</summary>
    public static readonly RecurringJob MonthlyNationalReport = new("monthly-national-report",
        Job.FromExpression<MonthlyNationalReportJob>(j => j.RunAsync(null, null!, CancellationToken.None)), "0 0 7 1 * ?");

    /// <summary>Nightly before the inspection: listings past their period, clean periods, facts that stopped counting.</summary>
    public static readonly RecurringJob CreditDaily = new("credit-daily",
        Job.FromExpression<CreditDailyJob>(j => j.RunAsync(null!, CancellationToken.None)), "0 30 1 * * ?");

    public static readonly IReadOnlyList<RecurringJob> All = [Inspection, WeeklyProvincialReport, MonthlyNationalReport, CreditDaily];

    public static RecurringJob? Find(string? name) => All.FirstOrDefault(j => j.Name == name);

    /// <summary>The recurring job whose method <paramref name="job"/> calls, for runs not started by the schedule (regenerations).</summary>
    public static RecurringJob? ForType(Type type) => All.FirstOrDefault(j => j.Job.Type == type);
}
