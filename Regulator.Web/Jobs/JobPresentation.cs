using System.Globalization;
using Microsoft.Extensions.Localization;
using Regulator.Domain.Jobs;

namespace Regulator.Web.Jobs;

/// <summary>How the jobs pages word durations, schedules and triggers, in the reader's language.</summary>
public static class JobPresentation
{
    private static bool Chinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    public static string Describe(string cron) => CronSchedule.TryParse(cron, out var schedule, out _) ? schedule.Describe(Chinese) : CronWords.Describe(cron, Chinese);

    public static string Duration(JobRun run)
    {
        if (run.Duration is not { } d) return "—";
        return d.TotalMinutes >= 1 ? $"{(int)d.TotalMinutes} min {d.Seconds} s" : $"{d.TotalSeconds:0.0} s";
    }

    /// <summary>How the run came about: the schedule, a person's "run now", a retry or a take-over.</summary>
    public static string TriggerKind(JobRun run, IStringLocalizer t) =>
        run.Recovering ? t["TriggerRecovery"]
        : run.Attempt > 0 ? t["TriggerRetry", run.Attempt]
        : run.TriggerName == JobRun.ScheduleTrigger ? t["TriggerSchedule"]
        : t["TriggerManual"];

    public static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0];
        return line.Length > 160 ? line[..160] + "…" : line;
    }
}
