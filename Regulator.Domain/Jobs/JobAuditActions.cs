namespace Regulator.Domain.Jobs;

/// <summary>Audit log actions of the jobs page: who ran, paused, resumed or rescheduled which job.</summary>
public static class JobAuditActions
{
    public const string RunNow = "job.run-now";
    public const string Paused = "job.paused";
    public const string Resumed = "job.resumed";
    public const string Rescheduled = "job.rescheduled";
    public const string DocumentRegenerated = "document.regenerate";
}
